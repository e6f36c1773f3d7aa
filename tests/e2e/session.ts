/**
 * One browser-test session: the demo CRM server plus Chromium with the built extension.
 * Headless unless RUNG_E2E_HEADED=1 (with a display); RUNG_EXTENSION_PATH points at
 * another build than `.output/chrome-mv3`.
 */
import type { Page } from 'playwright-core';
import { demoUrl, type DemoCrm } from '../demo-crm/data/paths';
import type { DemoCustomer, DemoWorld } from '../demo-crm/data/types';
import { startDemoCrm, type DemoCrmServer } from '../demo-crm/server';
import { launchRung, type Rung } from './harness';

export interface E2eSession {
  crm: DemoCrmServer;
  rung: Rung;
  world: DemoWorld;
  /** Opens a demo page in a new tab and waits for it to load. */
  open(crm: DemoCrm, path: string): Promise<Page>;
  customer(slug: string): DemoCustomer;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** The browser's UI language (see LaunchOptions.lang); the system default when absent. */
  lang?: string;
  /** Another build than `.output/chrome-mv3` (wins over RUNG_EXTENSION_PATH). */
  extensionPath?: string;
  /** See LaunchOptions.allowRequests: the harness's own control tests only. */
  allowRequests?: boolean;
}

export async function startSession(
  asOf = new Date(),
  options: SessionOptions = {},
): Promise<E2eSession> {
  const crm = await startDemoCrm({ asOf });
  let rung: Rung;
  try {
    rung = await launchRung({
      headless: process.env.RUNG_E2E_HEADED !== '1',
      crm,
      ...(options.lang ? { lang: options.lang } : {}),
      ...(process.env.RUNG_EXTENSION_PATH
        ? { extensionPath: process.env.RUNG_EXTENSION_PATH }
        : {}),
      ...(options.extensionPath ? { extensionPath: options.extensionPath } : {}),
      ...(options.allowRequests ? { allowRequests: true } : {}),
    });
  } catch (error) {
    await crm.close();
    throw error;
  }
  return {
    crm,
    rung,
    world: crm.world,
    async open(which, path) {
      const page = await rung.context.newPage();
      const response = await page.goto(demoUrl(which, path));
      if (response?.status() !== 200)
        throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
      return page;
    },
    customer(slug) {
      const found = crm.world.customers.find((c) => c.slug === slug);
      if (!found) throw new Error(`no demo customer ${slug}`);
      return found;
    },
    async close() {
      try {
        await rung.close();
      } finally {
        await crm.close();
      }
    },
  };
}

/** The side panel / popup query naming one customer: `?crm=…&account=…&id=…`. */
export function customerQuery(world: DemoWorld, customer: DemoCustomer, crm: DemoCrm): string {
  const id = crm === 'hubspot' ? customer.hubspot?.id : customer.shopify?.id;
  const account = crm === 'hubspot' ? world.hubspotPortal : world.shopifyStore;
  return new URLSearchParams({ crm, account, id: id ?? '' }).toString();
}
