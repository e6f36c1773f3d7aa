/**
 * The house rules for CRM drivers, checked over a source tree: every folder under
 * lib/crms/ is one driver, listed once in the registry, with saved-page fixtures under
 * tests/fixtures/<id>/, a content script where it has fixed hosts (or a place in the sites
 * content script where it has none), and a selector table that never leans on a generated
 * class name (styled-components hashes, Polaris build suffixes, obfuscated admin classes
 * change on every CRM release). Returns the problems found; none means the tree passes.
 * Used by lib/crms/conventions.test.ts on this repository and by the scaffold's test on
 * a freshly scaffolded copy.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CrmDriver, CrmSite } from '../../lib/crms/driver';
import { looksGenerated } from '../../lib/reading/selector-suggest';

const GENERATED_CLASS = [
  /__Styled/, // styled-components display names (HubSpot)
  /-sc-[a-z0-9]+/i, // styled-components hash
  /\._[A-Za-z0-9]{4,}/, // obfuscated admin classes such as ._1j4h2
  /Polaris-[\w-]*_[a-z0-9]{5}\b/, // Polaris with an admin build suffix
  /[.\s]sc-[a-zA-Z]{5,}/, // bare styled-components class such as .sc-bdVaJa
];

/** Class names a selector relies on (`.foo` tokens and `[class…="foo"]` values). */
function classesIn(css: string): string[] {
  const dotted = Array.from(css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g), (m) => m[1] as string);
  const attr = Array.from(css.matchAll(/\[class[~|^$*]?="([^"]+)"\]/g), (m) => m[1] as string);
  return [...dotted, ...attr];
}

export function usesGeneratedClass(css: string): boolean {
  return GENERATED_CLASS.some((p) => p.test(css)) || classesIn(css).some(looksGenerated);
}

/** A module's driver: an exported `{ site, reader }`, or what a `create…Driver([])` builds. */
function driverIn(module: Record<string, unknown>): CrmDriver | null {
  for (const value of Object.values(module)) {
    const driver = typeof value === 'function' ? (value as (defs: []) => unknown)([]) : value;
    const candidate = driver as Partial<CrmDriver> | null;
    if (candidate && typeof candidate === 'object' && candidate.site && candidate.reader) {
      return candidate as CrmDriver;
    }
  }
  return null;
}

function selectorProblems(id: string, driver: CrmDriver): string[] {
  const problems: string[] = [];
  for (const [key, candidates] of Object.entries(driver.reader.selectors ?? {})) {
    if (candidates.length === 0) problems.push(`${id}: selector ${key} has no candidate`);
    for (const { css, source } of candidates) {
      if (usesGeneratedClass(css)) problems.push(`${id}: ${key} uses a generated class: ${css}`);
      if (css.includes(',')) problems.push(`${id}: ${key} joins selectors with a comma: ${css}`);
      // Where the hook was seen and when: selector rot is easier to judge with a date.
      if (!/20\d\d/.test(source)) problems.push(`${id}: ${key} names no year it was seen`);
    }
  }
  return problems;
}

function fixtureProblems(root: string, id: string): string[] {
  const dir = join(root, 'tests/fixtures', id);
  if (!existsSync(dir)) return [`${id}: no fixtures folder tests/fixtures/${id}/`];
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  return pages.length > 0 ? [] : [`${id}: no saved page (.html) in tests/fixtures/${id}/`];
}

function contentScriptProblems(root: string, id: string, site: CrmSite): string[] {
  if (site.matches.length > 0) {
    const file = join(root, 'lib/crms', id, 'content-script.ts');
    return existsSync(file) ? [] : [`${id}: has manifest matches but no content-script.ts`];
  }
  const sites = readFileSync(join(root, 'entrypoints/sites.content/index.ts'), 'utf8');
  return sites.includes(`lib/crms/${id}'`) || sites.includes(`lib/crms/${id}/`)
    ? []
    : [`${id}: on enabled sites only, but the sites content script does not read with it`];
}

export async function crmConventionProblems(root: string): Promise<string[]> {
  const crmsDir = join(root, 'lib/crms');
  const folders = readdirSync(crmsDir).filter((f) => statSync(join(crmsDir, f)).isDirectory());
  const registry = (await import(join(crmsDir, 'registry.ts'))) as { CRM_SITES: CrmSite[] };
  const problems: string[] = [];
  for (const id of folders) {
    const index = join(crmsDir, id, 'index.ts');
    const driver = existsSync(index) ? driverIn(await import(index)) : null;
    if (!driver) {
      problems.push(`${id}: lib/crms/${id}/index.ts exports no driver ({ site, reader })`);
      continue;
    }
    if (driver.site.id !== id) problems.push(`${id}: its driver calls itself ${driver.site.id}`);
    if (!registry.CRM_SITES.includes(driver.site)) {
      problems.push(`${id}: not in the registry (lib/crms/registry.ts)`);
    }
    if (!driver.site.produces(driver.reader.crm)) {
      problems.push(`${id}: its reader's scrapes (${driver.reader.crm}) are not its site's`);
    }
    problems.push(...fixtureProblems(root, id));
    problems.push(...selectorProblems(id, driver));
    problems.push(...contentScriptProblems(root, id, driver.site));
  }
  for (const site of registry.CRM_SITES) {
    if (!folders.includes(site.id)) problems.push(`${site.id}: in the registry but no folder`);
  }
  const ids = registry.CRM_SITES.map((s) => s.id);
  if (new Set(ids).size !== ids.length) problems.push('the registry lists a CRM twice');
  return problems;
}
