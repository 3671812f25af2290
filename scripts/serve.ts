// Serves the built site (dist/) on a local address: `npm start` runs it after the build.
// A missing dist/, a bad PORT or a port in use stops it with one line, never a stack trace.
import { existsSync } from 'node:fs';
import { createStaticServer, listen } from '../src/lib/serve/static-server-fs.ts';

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

const rawPort = process.env.PORT ?? '4321';
const port = Number(rawPort);
if (!/^\d+$/.test(rawPort) || port > 65535) fail(`PORT "${rawPort}" is not a port number (use 0–65535, e.g. PORT=4321)`);
if (!existsSync('dist/index.html')) fail('dist/index.html: there is no built site to serve (run npm run build first)');
const host = process.env.HOST ?? '127.0.0.1';
try {
  const url = await listen(createStaticServer('dist'), host, port);
  console.log(`两规对照 is served at ${url}/  (Ctrl+C to stop)`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'EADDRINUSE' ? 'the port is already in use (set PORT to another one)'
    : code === 'EACCES' ? 'no permission to listen there (use a port above 1023)'
    : code === 'ENOTFOUND' || code === 'EADDRNOTAVAIL' ? 'this machine has no such address (set HOST, e.g. HOST=127.0.0.1)'
    : String((error as Error).message).split('\n')[0];
  fail(`cannot serve dist/ at ${host}:${port}: ${why}`);
}
