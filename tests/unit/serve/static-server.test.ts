import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaticServer, directoryLocation, listen } from '../../../src/lib/serve/static-server-fs.ts';

const dist = mkdtempSync(join(tmpdir(), 'liangui-serve-'));
let server: Server;
let base = '';

/** A raw request, path sent exactly as given (fetch would normalise `//evil.example/…`). */
function get(path: string): Promise<{ status: number; location: string | undefined }> {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => ok({ status: res.statusCode ?? 0, location: res.headers.location }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(join(dist, 'search'), { recursive: true });
  mkdirSync(join(dist, 'plans', '140107-women'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>home</p>');
  writeFileSync(join(dist, '404.html'), '<p>404</p>');
  writeFileSync(join(dist, 'search', 'index.html'), '<p>search</p>');
  writeFileSync(join(dist, 'plans', '140107-women', 'index.html'), '<p>plan</p>');
  server = createStaticServer(dist);
  base = await listen(server);
});
afterAll(() => {
  server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the preview server', () => {
  it('redirects a directory without its slash to the same host, keeping the query', async () => {
    expect(await get('/search?q=%E6%89%98')).toEqual({ status: 301, location: '/search/?q=%E6%89%98' });
    expect(await get('/plans/140107-women')).toEqual({ status: 301, location: '/plans/140107-women/' });
  });

  it('never redirects to another host: //evil.example/..%2Fsearch stays on this one', async () => {
    for (const path of ['//evil.example/..%2Fsearch', '//evil.example/%2E%2E/search', '/\\evil.example/..%2Fsearch', '///evil.example/..%2F..%2Fsearch']) {
      const res = await get(path);
      if (res.status === 301) expect(res.location, path).toMatch(/^\/[^/\\]/);
      else expect(res.status, path).toBe(404);
    }
  });

  it('does not serve files outside dist/', async () => {
    expect((await get('/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });

  it('builds a location from the file it found', () => {
    expect(directoryLocation('/d', '/d/search/index.html', '//evil.example/..%2Fsearch?q=1')).toBe('/search/?q=1');
  });
});
