/**
 * Builders for the translatable form of the engine's sentences (`Sentence` in types.ts).
 * The engine names the message key and says what each value is (a count of orders, an
 * amount of money, an ISO day); the view formats and translates. Nothing here knows a
 * language or a locale, so the engine stays free of i18n and of the browser.
 */
import type { CountUnit, Sentence, SentenceArg } from './types';

export const say = (key: string, ...args: SentenceArg[]): Sentence => ({ key, args });

export const count = (value: number, unit: CountUnit): SentenceArg => ({
  kind: 'count',
  value,
  unit,
});
export const num = (value: number): SentenceArg => ({ kind: 'number', value });
export const ordinal = (value: number): SentenceArg => ({ kind: 'ordinal', value });
export const share = (value: number): SentenceArg => ({ kind: 'share', value });
export const money = (value: number, currency: string | null): SentenceArg => ({
  kind: 'money',
  value,
  currency,
});
export const day = (iso: string): SentenceArg => ({ kind: 'date', value: iso });
/** Untrusted text (a CRM stage, a tag), already cleaned by untrusted-text.ts. */
export const text = (value: string): SentenceArg => ({ kind: 'text', value });
/** A translated phrase inside the sentence, e.g. a CRM fact: "lead status “New”". */
export const phrase = (sentence: Sentence): SentenceArg => ({ kind: 'phrase', value: sentence });
