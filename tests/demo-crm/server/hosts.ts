/**
 * The host names the demo CRM answers for. Chromium maps them to the local server with
 * `--host-resolver-rules`; the certificate covers them (and their wildcard siblings).
 */
import { DEMO_HOSTS, type DemoCrm } from '../data/paths';

/** A WooCommerce-style demo host for saved WooCommerce fixtures (a reserved .test name). */
export const WOO_DEMO_HOST = 'shop.rung-demo.test';

export type FixtureCrm = DemoCrm | 'woocommerce';

export const FIXTURE_HOSTS: Record<FixtureCrm, string> = {
  ...DEMO_HOSTS,
  woocommerce: WOO_DEMO_HOST,
};

/** Regional HubSpot hosts some saved fixtures were captured on (crm-pages.md §1.1). */
const HOST_ALIASES: Record<string, FixtureCrm> = { 'app-eu1.hubspot.com': 'hubspot' };

export const SERVED_HOSTS: readonly string[] = [
  ...Object.values(FIXTURE_HOSTS),
  ...Object.keys(HOST_ALIASES),
];

export const CERTIFICATE_NAMES: readonly string[] = [
  DEMO_HOSTS.hubspot,
  '*.hubspot.com',
  DEMO_HOSTS.shopify,
  '*.myshopify.com',
  WOO_DEMO_HOST,
];

export function crmForHost(hostHeader: string | undefined): FixtureCrm | null {
  const host = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '');
  const entry = Object.entries(FIXTURE_HOSTS).find(([, name]) => name === host);
  return entry ? (entry[0] as FixtureCrm) : (HOST_ALIASES[host] ?? null);
}

/** Chromium's `--host-resolver-rules` value: every served host to 127.0.0.1:<port>. */
export function hostResolverRules(port: number): string {
  return SERVED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
}
