/**
 * A small static file server for the built site (dist/): directory index.html, the site's
 * 404 page, correct content types. Used by `npm start` and by the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
};

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

/** `/plans/x/` for dist/plans/x/index.html, with the request's query: always a path on this host. */
export function directoryLocation(root: string, indexFile: string, url: string): string {
  const dir = relative(root, indexFile).split(sep).slice(0, -1);
  const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  return `/${dir.map(encodeURIComponent).map((s) => `${s}/`).join('')}${query}`;
}

export function createStaticServer(distDir: string): Server {
  const root = resolve(distDir);
  return createServer(async (req, res) => {
    const url = req.url ?? '/';
    const file = await resolveFile(root, url);
    // A directory asked for without its trailing slash: redirect, as static hosts do. The location is
    // built from the file found inside dist/, never from the request, so `//evil.example/..%2Fsearch`
    // cannot turn into a redirect to another host.
    const path = url.split('?')[0]!;
    if (file && !path.endsWith('/') && file.endsWith(`${sep}index.html`) && !path.endsWith('index.html')) {
      res.writeHead(301, { location: directoryLocation(root, file, url) });
      res.end();
      return;
    }
    const target = file ?? join(root, '404.html');
    const body = await readFile(target).catch(() => Buffer.from('Not found'));
    res.writeHead(file ? 200 : 404, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

/** Starts the server on host:port (port 0 = any free port) and returns its base URL. */
export async function listen(server: Server, host = '127.0.0.1', port = 0): Promise<string> {
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no address');
  return `http://${host}:${address.port}`;
}
