/**
 * The catalogues stay complete: every key the interface uses exists in English, and
 * every language has exactly English's keys with the same placeholders. A key used in
 * code but missing anywhere fails here, not as a raw key on a customer's screen.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enumMessageKeys } from './keys';
import { playbookKeys } from './playbookText';
import { settingFields } from '../segmentation/setting-fields';
import { groupMessageKey, settingMessageKey } from '../../components/options/settingDraft';
import type { MessageCatalog } from './translate';

const ROOT = join(import.meta.dirname, '../..');
const LANGUAGES = ['en', 'pl', 'ru', 'fa'] as const;
const SOURCE_DIRS = [
  'components',
  'entrypoints/popup',
  'entrypoints/options',
  'entrypoints/sidepanel',
  'entrypoints/dashboard',
  'lib/i18n',
];

function catalog(language: string): MessageCatalog {
  return JSON.parse(
    readFileSync(join(ROOT, 'public/_locales', language, 'messages.json'), 'utf8'),
  ) as MessageCatalog;
}

function sourceFiles(dir: string): string[] {
  const full = join(ROOT, dir);
  let names: string[];
  try {
    names = readdirSync(full);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return sourceFiles(join(dir, name));
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * `t('key'` calls, plus snake_case literals (keys kept in tables such as metricRows)
 * whose first word is one our keys use ('metric_…', 'override_…'), so data such as
 * CSV column names ('net_revenue') is not mistaken for a message key.
 */
export function keysUsedInCode(prefixes: ReadonlySet<string>): Set<string> {
  const keys = new Set(enumMessageKeys());
  // Default playbook texts are translated by the key of their place in the playbook.
  for (const key of playbookKeys().values()) keys.add(key);
  // Setting labels are named from setting-fields.ts paths, so a new setting needs a label.
  for (const field of settingFields) {
    keys.add(settingMessageKey(field.path));
    keys.add(groupMessageKey(field.group));
  }
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) keys.add(match[1] ?? '');
    for (const match of text.matchAll(/'([a-z][a-z0-9]*(?:_[a-z0-9]+)+)'/g)) {
      const literal = match[1] ?? '';
      if (prefixes.has(literal.split('_')[0] ?? '')) keys.add(literal);
    }
  }
  return keys;
}

const placeholderCount = (message: string) => new Set(message.match(/\$[A-Za-z0-9_]+\$/g)).size;

describe('message catalogues', () => {
  const english = catalog('en');
  const prefixes = new Set(Object.keys(english).map((key) => key.split('_')[0] ?? ''));

  it('finds the keys the interface uses', () => {
    const used = keysUsedInCode(prefixes);
    expect(used.has('badge_label')).toBe(true);
    expect(used.has('metric_net_revenue')).toBe(true);
    expect(used.size).toBeGreaterThan(50);
  });

  it('has every key used in code in English', () => {
    const missing = [...keysUsedInCode(prefixes)].filter((key) => !english[key]).sort();
    expect(missing).toEqual([]);
  });

  it('uses only names the browser accepts (ASCII letters, digits, underscore)', () => {
    const bad = Object.keys(english).filter((key) => !/^[A-Za-z0-9_]+$/.test(key));
    expect(bad).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the English keys', (language) => {
    const other = catalog(language);
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s keeps every placeholder and no empty message',
    (language) => {
      const other = catalog(language);
      const wrong = Object.entries(english)
        .filter(([key, entry]) => {
          const translated = other[key];
          if (!translated?.message.trim()) return true;
          return placeholderCount(translated.message) !== placeholderCount(entry.message);
        })
        .map(([key]) => key);
      expect(wrong).toEqual([]);
    },
  );
});
