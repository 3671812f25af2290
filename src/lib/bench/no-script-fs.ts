/**
 * Opens a page of a built site in Chromium with JavaScript turned off and reports how much of its
 * main text a reader sees: plan pages must be complete before (and without) any script.
 */
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from '../serve/static-server-fs.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function readWithoutScripts(distDir: string, path: string): Promise<{ page: string; chars: number }> {
  const server: Server = createStaticServer(distDir);
  const base = await listen(server);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base + path);
    // innerText counts only what is rendered: text hidden by CSS until a script reveals it does not count.
    const chars = await page.locator('main').innerText().then((t) => t.trim().length, () => 0);
    return { page: path, chars };
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}
