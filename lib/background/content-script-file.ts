/**
 * The built content scripts (WXT emits `entrypoints/<name>.content/` as
 * `/content-scripts/<name>.js`) and the pages each one serves.
 */
import { HUBSPOT_MATCHES, SHOPIFY_MATCHES } from '../adapters/page-identity';

export const BUILT_IN_CONTENT_SCRIPTS = [
  { file: '/content-scripts/hubspot.js', matches: HUBSPOT_MATCHES },
  { file: '/content-scripts/shopify.js', matches: SHOPIFY_MATCHES },
] as const;

/** Registered at run time for each site the user enabled. */
export const SITE_CONTENT_SCRIPT = '/content-scripts/sites.js' as const;

export type ContentScriptFile =
  (typeof BUILT_IN_CONTENT_SCRIPTS)[number]['file'] | typeof SITE_CONTENT_SCRIPT;
