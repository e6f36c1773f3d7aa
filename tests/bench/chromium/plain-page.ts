/**
 * Headless Chromium (Debian's, via playwright-core) on a blank page served from
 * 127.0.0.1, for benches that run bundled code in a real browser without the extension:
 * IndexedDB needs a real origin, which about:blank lacks.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface PlainPage {
  page: Page;
  /** Base URL of the local server; `pages` below are served under it. */
  origin: string;
  close(): Promise<void>;
}

/** `pages` maps a path (e.g. `/list.html`) to its HTML; `/` is always a blank page. */
export async function openPlainPage(pages: Record<string, string> = {}): Promise<PlainPage> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = path === '/' ? '<!doctype html><title>bench</title>' : pages[path];
    res.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--disable-gpu', '--no-first-run'],
    });
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const opened = browser;
    return {
      page,
      origin,
      async close() {
        await opened.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  } catch (error) {
    await browser?.close();
    server.close();
    throw error;
  }
}
