/**
 * The one way Rung's views get text. Pages and the content script build a `Translate`
 * here and hand it to components as a prop, so components never touch `browser.*`.
 *
 * `browser.i18n.getMessage` returns '' for a key it does not know (and in unit tests,
 * where the fake browser has no catalogue), so every translator falls back to an
 * English catalogue when given one, and finally to the key itself: a missing string
 * is visible and greppable, never a crash or an empty button.
 */
import { browser } from 'wxt/browser';

export type Translate = (key: string, substitutions?: string[]) => string;

/** One entry of a `_locales/<lang>/messages.json` file. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageCatalog = Record<string, MessageEntry>;

/**
 * Resolve an entry the way the browser does: named `$NAME$` placeholders map to their
 * `content` (usually `$1`…`$9`), positional `$n` take the substitutions, `$$` is a dollar.
 * Substitutions are inserted verbatim and later rendered as text, never as HTML.
 */
export function formatMessage(entry: MessageEntry, substitutions: string[] = []): string {
  const placeholders = entry.placeholders ?? {};
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const found = placeholders[name.toLowerCase()] ?? placeholders[name];
    return found ? found.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

/** A translator over a catalogue alone: tests, and a forced language on a page. */
export function catalogTranslate(catalog: MessageCatalog, fallback?: MessageCatalog): Translate {
  return (key, substitutions) => {
    const entry = catalog[key] ?? fallback?.[key];
    return entry ? formatMessage(entry, substitutions) : key;
  };
}

/**
 * WXT types `getMessage` with the literal keys of the English catalogue; our keys come
 * from maps and settings descriptions, so widen it to string once, here.
 */
function lookUp(key: string, substitutions?: string[]): string | undefined {
  const getMessage = browser.i18n.getMessage.bind(browser.i18n) as unknown as (
    name: string,
    substitutions?: string[],
  ) => string | undefined;
  return getMessage(key, substitutions);
}

/** The browser's own i18n (the user's UI language), with an English catalogue behind it. */
export function browserTranslate(fallback?: MessageCatalog): Translate {
  return (key, substitutions) => {
    let message: string;
    try {
      // Chrome returns undefined for more than nine substitutions; treat it as missing.
      message = lookUp(key, substitutions) ?? '';
    } catch {
      message = '';
    }
    if (message) return message;
    const entry = fallback?.[key];
    return entry ? formatMessage(entry, substitutions) : key;
  };
}

/** 'rtl' for Persian (and any right-to-left UI language), from the browser's own bidi message. */
export function browserDirection(): 'ltr' | 'rtl' {
  try {
    return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
