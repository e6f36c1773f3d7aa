/**
 * The engine's sentences in the user's language. The engine hands views a message key
 * and typed arguments (`Sentence` in lib/segmentation/types.ts); this formats each argument
 * through Intl in the user's locale, picks plural forms, and fills the catalogue message.
 *
 * Whatever cannot be rendered faithfully (no `say`, as in results cached before sentences
 * were translatable; a key the catalogue lacks; a malformed argument) gives the English
 * `fallbackText` instead: a whole English sentence beats a half-translated one.
 *
 * Chrome's i18n has no plurals, so a counted noun has one key per CLDR plural category
 * ('qty_order_one', '_few', '_many', '_other'); the category comes from Intl.PluralRules.
 * Untrusted text arguments are cleaned, cut and wrapped in bidi isolates, and the result
 * is a plain string for a text node: nothing here is ever parsed as HTML.
 *
 * Pure: no browser API, no zod, no store, so the content script's badge may use it too.
 */
import type { Sentence, SentenceArg } from '../segmentation/types';
import { clean } from '../segmentation/untrusted-text';
import { MISSING, type Format } from '../format/format';
import type { Translate } from './translate';

/** Bidi isolates: a Latin CRM stage inside Persian (or the reverse) cannot reorder the sentence. */
const FSI = '\u2068';
const PDI = '\u2069';
const MAX_TEXT = 200;
const MAX_DEPTH = 3;
const MAX_ARGS = 9;

/** The message for `key`, or null when the catalogue has none. */
function message(t: Translate, key: string, args: string[]): string | null {
  const found = t(key, args);
  return found && found !== key ? found : null;
}

const snake = (id: string) => id.replace(/-/g, '_');

function counted(value: number, unit: string, f: Format, t: Translate): string | null {
  const shown = f.number(value);
  const base = `qty_${snake(unit)}_`;
  return message(t, base + f.plural(value), [shown]) ?? message(t, `${base}other`, [shown]);
}

function ranked(value: number, f: Format, t: Translate): string | null {
  const shown = f.number(value);
  return message(t, `ordinal_${f.ordinal(value)}`, [shown]) ?? message(t, 'ordinal_other', [shown]);
}

/** Scraped text, cleaned again (a stored sentence may predate the engine's cleaning), isolated. */
function untrusted(value: string): string {
  return `${FSI}${clean(value, MAX_TEXT)}${PDI}`;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** An ISO day ('2026-03-01') as a date; null for anything else, so the sentence falls back. */
function day(value: string, f: Format): string | null {
  if (!ISO_DAY.test(value)) return null;
  const shown = f.date(value.slice(0, 10), { long: true });
  return shown === MISSING ? null : shown;
}

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** One argument as text, or null when it is malformed or cannot be translated. */
function formatArg(arg: SentenceArg, f: Format, t: Translate, depth: number) {
  if (arg === null || typeof arg !== 'object') return null;
  switch (arg.kind) {
    case 'count':
      return finite(arg.value) && typeof arg.unit === 'string'
        ? counted(arg.value, arg.unit, f, t)
        : null;
    case 'number':
      return finite(arg.value) ? f.number(arg.value) : null;
    case 'ordinal':
      return finite(arg.value) ? ranked(arg.value, f, t) : null;
    case 'share':
      return finite(arg.value) ? f.percent(arg.value, 1) : null;
    case 'money':
      return finite(arg.value)
        ? f.money(arg.value, arg.currency ?? null, { wholeWithoutCents: true })
        : null;
    case 'date':
      return typeof arg.value === 'string' ? day(arg.value, f) : null;
    case 'text':
      return typeof arg.value === 'string' ? untrusted(arg.value) : null;
    case 'phrase':
      return render(arg.value, f, t, depth + 1);
    default:
      return null;
  }
}

function render(say: Sentence, f: Format, t: Translate, depth: number): string | null {
  if (depth > MAX_DEPTH || say === null || typeof say !== 'object') return null;
  const { key, args } = say;
  if (typeof key !== 'string' || !Array.isArray(args) || args.length > MAX_ARGS) return null;
  const shown: string[] = [];
  for (const arg of args) {
    const text = formatArg(arg, f, t, depth);
    if (text === null) return null;
    shown.push(text);
  }
  return message(t, key, shown);
}

/** The sentence in the catalogue's language, numbers as `fmt` shows them; else `fallbackText`. */
export function sentence(
  say: Sentence | undefined,
  fallbackText: string,
  t: Translate,
  fmt: Format,
): string {
  if (!say) return fallbackText;
  return render(say, fmt, t, 0) ?? fallbackText;
}
