/**
 * The built content scripts and the pages each one serves. Every CRM on fixed hosts in
 * the registry has its own (wxt.config.ts builds it as `/content-scripts/<id>.js`); the
 * sites script serves every host the user enabled.
 */
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { BUILT_IN_SITES } from '../crms/registry';

/** A file of the build; WXT types each public path it emits. */
export type ContentScriptFile = ScriptPublicPath;

export const BUILT_IN_CONTENT_SCRIPTS: readonly {
  file: ContentScriptFile;
  matches: readonly string[];
}[] = BUILT_IN_SITES.map((site) => ({
  file: `/content-scripts/${site.id}.js` as ContentScriptFile,
  matches: site.matches,
}));

/** Registered at run time for each site the user enabled. */
export const SITE_CONTENT_SCRIPT: ContentScriptFile = '/content-scripts/sites.js';
