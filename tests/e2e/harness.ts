/**
 * Launches Debian's Chromium with the built extension loaded and the demo CRM's host
 * names mapped to the local HTTPS server (recipe: ../../../shared/research/e2e-recipe.md).
 * A persistent context is required: Chromium shows no extension service worker in a
 * plain `launch()` + `newContext()`, and Playwright's own `--disable-extensions` must
 * be countered with `--disable-extensions-except`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { copyBuild } from './build-copy';
import { recordExtensionNetwork, type NetworkLog } from './network-log';
import { restartExtensionWorker } from './service-worker';

export const DEFAULT_EXTENSION_PATH = resolve('.output/chrome-mv3');
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** What the harness needs from the demo CRM server (see ../demo-crm/server). */
export interface CrmEndpoint {
  hostResolverRules: string;
  certSpki: string;
  /** The host names it serves: a page request to any other host is logged as a leak. */
  hosts?: readonly string[];
}

export interface LaunchOptions {
  headless: boolean;
  extensionPath?: string;
  crm: CrmEndpoint;
  /** Extra Chromium arguments, e.g. a window size for the demo. */
  args?: string[];
  /**
   * Only for the harness's own control tests, which make the extension send requests on
   * purpose: without it, `close()` fails when the extension sent any request at all, so
   * every browser test file also proves that Rung stayed off the network.
   */
  allowRequests?: boolean;
  /**
   * The browser's UI language (`pl`, `ru`, `fa`…), which is what `chrome.i18n` serves the
   * extension. Chromium on Linux reads it from `--lang` *and* the locale environment, and
   * needs Debian's `chromium-l10n` packs installed; without them it stays en-US silently.
   */
  lang?: string;
}

/**
 * `--lang` plus the locale environment Chromium's Linux detection reads, for the browser
 * process only. Playwright replaces (not merges) the environment when `env` is given, so
 * this copies process.env (DISPLAY, HOME…) and drops LC_ALL / LC_MESSAGES, which would
 * outrank LANG.
 */
function languageLaunch(lang: string | undefined): {
  args: string[];
  env?: Record<string, string | undefined>;
} {
  if (!lang) return { args: [] };
  return {
    args: [`--lang=${lang}`],
    env: {
      ...process.env,
      LANGUAGE: lang,
      LANG: `${lang}.UTF-8`,
      LC_ALL: undefined,
      LC_MESSAGES: undefined,
    },
  };
}

export interface Rung {
  context: BrowserContext;
  extensionId: string;
  network: NetworkLog;
  /** The extension's current service worker, waiting for it to start if needed. */
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page (e.g. `sidepanel.html?crm=…`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Stops the service worker (as Chromium does when idle) and waits for a fresh one. */
  restartServiceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchRung(options: LaunchOptions): Promise<Rung> {
  const build = await copyBuild(resolve(options.extensionPath ?? DEFAULT_EXTENSION_PATH));
  const extensionPath = build.path;
  const userDataDir = mkdtempSync(join(tmpdir(), 'rung-e2e-'));
  const removeTemp = () => {
    rmSync(userDataDir, { recursive: true, force: true });
    build.remove();
  };
  const language = languageLaunch(options.lang);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    ...(language.env ? { env: language.env } : {}),
    headless: options.headless,
    ignoreHTTPSErrors: false,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      // No inner quotes: Playwright passes each argument as one argv entry.
      `--host-resolver-rules=${options.crm.hostResolverRules}`,
      `--ignore-certificate-errors-spki-list=${options.crm.certSpki}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      ...language.args,
      ...(options.args ?? []),
    ],
  });
  let extensionId = '';
  const network = recordExtensionNetwork(
    context,
    () => `chrome-extension://${extensionId}/`,
    options.crm.hosts,
  );
  try {
    const first =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(first.url()).host;
  } catch (error) {
    await context.close();
    removeTemp();
    throw new Error(
      `The extension's service worker never started (is ${extensionPath} built?): ${String(error)}`,
      { cause: error },
    );
  }

  const origin = () => `chrome-extension://${extensionId}/`;
  const currentWorker = () => context.serviceWorkers().find((w) => w.url().startsWith(origin()));
  const serviceWorker = async (): Promise<Worker> =>
    currentWorker() ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(origin()),
      timeout: 15_000,
    }));

  return {
    context,
    extensionId,
    network,
    serviceWorker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${origin()}${path.replace(/^\//, '')}`);
      return page;
    },
    restartServiceWorker: () => restartExtensionWorker(context, origin(), serviceWorker),
    async close() {
      const sent = network.external();
      await context.close();
      removeTemp();
      if (sent.length > 0 && !options.allowRequests) {
        throw new Error(
          `Rung sent ${sent.length} request(s) during this browser session: ${sent
            .slice(0, 5)
            .map((r) => `${r.url} (from ${r.from})`)
            .join(', ')}`,
        );
      }
    },
  };
}
