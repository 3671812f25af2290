// Serves the built site (dist/) on a local address: `npm start` runs it after the build.
import { createStaticServer, listen } from '../src/lib/serve/static-server-fs.ts';

const port = Number(process.env.PORT ?? 4321);
const url = await listen(createStaticServer('dist'), process.env.HOST ?? '127.0.0.1', port);
console.log(`两规对照 is served at ${url}/  (Ctrl+C to stop)`);
