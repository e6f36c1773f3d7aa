/**
 * What a language's surfaces should say, computed in Node from the shipped catalogue
 * (`public/_locales/<lang>/messages.json`) and Intl, never from literals: a test that
 * hard-coded "مشتری دائمی" would pass on a catalogue nobody can read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogTranslate, type MessageCatalog, type Translate } from '../../../lib/i18n/translate';

export function readCatalogue(lang: string): MessageCatalog {
  const file = resolve('public/_locales', lang, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as MessageCatalog;
}

/** The language's translator, falling back to English the way the pages do. */
export function catalogueTranslate(lang: string): Translate {
  return catalogTranslate(readCatalogue(lang), readCatalogue('en'));
}

/** Every translated text whose key matches, e.g. all playbook headlines. */
export function messagesMatching(lang: string, key: RegExp): string[] {
  return Object.entries(readCatalogue(lang))
    .filter(([name]) => key.test(name))
    .map(([, entry]) => entry.message);
}

/** Intl in Node, with the options lib/format uses for each kind of value. */
export function localFormat(lang: string) {
  const digits = new Intl.NumberFormat(lang, { useGrouping: false }).format(1234567890);
  return {
    integer: (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n),
    number: (n: number, digits = 3) =>
      new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n),
    money: (n: number, currency: string) =>
      new Intl.NumberFormat(lang, { style: 'currency', currency }).format(n),
    date: (iso: string) =>
      new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)),
    /** The digits this locale writes, e.g. ۰–۹ for Persian. */
    digits,
    /** A number as the options page writes it into a field: no grouping. */
    editable: (n: number) =>
      new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 6 }).format(n),
    /** A whole number written in this locale's digits (a field's value), or NaN. */
    readInteger: (text: string) =>
      Number(
        Array.from(text.trim(), (c) => {
          const at = Array.from(digits).indexOf(c);
          return at < 0 ? c : String((at + 1) % 10);
        }).join(''),
      ),
  };
}

/** The text direction Chromium's `@@bidi_dir` gives the extension in this UI language. */
export const directionOf = (lang: string): 'rtl' | 'ltr' =>
  ['fa', 'ar', 'he', 'ur'].includes(lang) ? 'rtl' : 'ltr';
