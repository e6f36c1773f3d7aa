/**
 * The locale for the numbers inside translated engine sentences: the page's own (its
 * `Format` locale, e.g. 'en-GB') when it passes one, else the language of the catalogue
 * the sentences come from, so a Polish sentence never carries English-formatted numbers.
 */
import type { Translate } from './translate';

export function sentenceLocale(t: Translate, locale?: string): string {
  if (locale) return locale;
  const own = t('sentence_locale');
  return own === 'sentence_locale' ? 'en' : own;
}
