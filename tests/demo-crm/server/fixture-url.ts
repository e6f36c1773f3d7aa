/**
 * Where a saved fixture page belongs: each fixture names the URL it was captured from in
 * a leading comment (`<!-- … URL: https://… -->`). Loading it there (with `?__fixture=`)
 * lets the extension's adapters recognise the page by its URL, as on the real site.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FixtureCrm } from './hosts';
import { SERVED_HOSTS } from './hosts';
import { FIXTURE_QUERY, FIXTURES_DIR } from './static-files';

export function fixtureUrl(crm: FixtureCrm, file: string): string {
  const html = readFileSync(join(FIXTURES_DIR, crm, file), 'utf8');
  const declared = /<!--(?:(?!-->)[\s\S])*?\bURL:\s*(https:\/\/[^\s>]+)/.exec(html)?.[1];
  if (!declared) throw new Error(`${crm}/${file} names no "URL:" it was captured from`);
  const url = new URL(declared);
  if (!SERVED_HOSTS.includes(url.host)) {
    throw new Error(`${crm}/${file} belongs on ${url.host}, which the demo CRM does not serve`);
  }
  url.searchParams.set(FIXTURE_QUERY, basename(file));
  return url.toString();
}
