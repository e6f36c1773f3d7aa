/**
 * Where page HTML comes from: the real renderers in ../render/ (written by the adapter
 * engineer) when they exist, else ./placeholder.ts. The renderers are loaded at run
 * time so the server works, and type-checks, before they land.
 *
 * Expected from ../render/index.ts: `routes(world)` listing `{ path, kind, crm?, render? }`,
 * where `render({ late })` returns the page's HTML; or a module-level
 * `renderPage(world, path, { late })`. Anything else falls back to the placeholder.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hubspotPaths, shopifyOrderPages, shopifyPaths, type DemoCrm } from '../data/paths';
import type { DemoWorld } from '../data/types';
import { placeholderPage } from './placeholder';

export const RENDER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'render');
export const RENDER_ASSETS_DIR = join(RENDER_DIR, 'assets');

export interface PageSource {
  /** 'renderers' or 'placeholder': the demo runner says which it served. */
  readonly origin: 'renderers' | 'placeholder';
  page(crm: DemoCrm, path: string, options: { late: boolean }): string | null;
  /** Every page path of one CRM, for the demo runner's tour. */
  paths(): { crm: DemoCrm; path: string; kind: string }[];
}

type RenderFn = (options: { late: boolean }) => unknown;
interface RouteLike {
  path: string;
  kind: string;
  crm?: string;
  render?: RenderFn;
}

const isRoute = (value: unknown): value is RouteLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { path?: unknown }).path === 'string' &&
  typeof (value as { kind?: unknown }).kind === 'string';

const crmOfPath = (path: string): DemoCrm => (path.startsWith('/store/') ? 'shopify' : 'hubspot');

export async function loadPageSource(world: DemoWorld): Promise<PageSource> {
  const entry = join(RENDER_DIR, 'index.ts');
  if (existsSync(entry)) {
    try {
      const mod = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
      const source = fromRenderModule(world, mod);
      if (source) return source;
      console.warn('[demo-crm] ../render/index.ts has no usable routes(); using placeholders');
    } catch (error) {
      console.warn('[demo-crm] could not load ../render/index.ts; using placeholders:', error);
    }
  }
  return placeholderSource(world);
}

function fromRenderModule(world: DemoWorld, mod: Record<string, unknown>): PageSource | null {
  if (typeof mod.routes !== 'function') return null;
  const listed: unknown = (mod.routes as (w: DemoWorld) => unknown)(world);
  if (!Array.isArray(listed)) return null;
  const routes = listed.filter(isRoute);
  const renderPage = typeof mod.renderPage === 'function' ? mod.renderPage : null;
  const byPath = new Map(routes.map((route) => [route.path, route]));
  return {
    origin: 'renderers',
    page(crm, path, options) {
      const route = byPath.get(path);
      // A path answers only on its own CRM's host, as on the real sites.
      if (!route || (route.crm ?? crmOfPath(route.path)) !== crm) return null;
      const html: unknown = route.render
        ? route.render(options)
        : (renderPage as ((w: DemoWorld, p: string, o: { late: boolean }) => unknown) | null)?.(
            world,
            path,
            options,
          );
      return typeof html === 'string' ? html : null;
    },
    paths: () =>
      routes.map((route) => ({
        crm: route.crm === 'shopify' || route.crm === 'hubspot' ? route.crm : crmOfPath(route.path),
        path: route.path,
        kind: route.kind,
      })),
  };
}

function placeholderSource(world: DemoWorld): PageSource {
  return {
    origin: 'placeholder',
    page: (crm, path) => placeholderPage(world, crm, path),
    paths: () => placeholderPaths(world),
  };
}

function placeholderPaths(world: DemoWorld): { crm: DemoCrm; path: string; kind: string }[] {
  const hubspot = world.customers.flatMap((c) => (c.hubspot ? [c.hubspot.id] : []));
  const shopify = world.customers.flatMap((c) => (c.shopify ? [c.shopify.id] : []));
  return [
    { crm: 'hubspot', path: hubspotPaths.contactsList(world), kind: 'customer-list' },
    { crm: 'shopify', path: shopifyPaths.customersList(world), kind: 'customer-list' },
    { crm: 'shopify', path: shopifyPaths.ordersList(world), kind: 'order-list' },
    ...hubspot.map((id) => ({
      crm: 'hubspot' as const,
      path: hubspotPaths.contact(world, id),
      kind: 'customer',
    })),
    ...shopify.map((id) => ({
      crm: 'shopify' as const,
      path: shopifyPaths.customer(world, id),
      kind: 'customer',
    })),
    ...shopifyOrderPages(world).map(({ path }) => ({
      crm: 'shopify' as const,
      path,
      kind: 'order',
    })),
  ];
}
