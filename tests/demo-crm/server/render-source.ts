/**
 * Where page HTML comes from: the demo renderers in ../render/ (`routes(world)`, one
 * route per page with its CRM, kind and renderer). A path answers only on its own CRM's
 * host, as on the real sites.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoCrm } from '../data/paths';
import type { DemoWorld } from '../data/types';
import { routes } from '../render';

export const RENDER_ASSETS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'render',
  'assets',
);

export interface PageRef {
  crm: DemoCrm;
  path: string;
  kind: string;
}

export interface PageSource {
  page(crm: DemoCrm, path: string, options: { late: boolean }): string | null;
  /** Every page of the demo, for the demo runner's tour. */
  paths(): PageRef[];
}

export function createPageSource(world: DemoWorld): PageSource {
  const all = routes(world);
  const byPath = new Map(all.map((route) => [route.path, route]));
  return {
    page(crm, path, options) {
      const route = byPath.get(path);
      return route && route.crm === crm ? route.render(options) : null;
    },
    paths: () => all.map(({ crm, path, kind }) => ({ crm, path, kind })),
  };
}
