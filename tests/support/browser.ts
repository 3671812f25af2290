/**
 * Browser-test support: serves dist/ on 127.0.0.1 and drives Debian's Chromium through
 * playwright-core (no downloaded browser). The site must have been built (`npm test` builds it).
 */
import { existsSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createStaticServer, listen } from '../../src/lib/serve/static-server-fs.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = 'tests/.out/screenshots';
/** The built site under test: dist/ unless DIST_DIR names another build. */
export const DIST = process.env.DIST_DIR ?? 'dist';

export interface Site {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/ is missing: run \`npm run build\` first`);
  const server: Server = createStaticServer(DIST);
  const base = await listen(server);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** A page that records console errors, page errors and CSP violations. */
export async function newPage(site: Site, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/** Serves a directory a test made, on a port of its own; close() stops the server and removes the directory. */
export async function serveTemporary(root: string): Promise<{ base: string; close(): Promise<void> }> {
  const server = createStaticServer(root);
  const base = await listen(server);
  return {
    base,
    async close() {
      await new Promise((ok) => server.close(ok));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
