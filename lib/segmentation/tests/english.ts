/**
 * For tests that read the engine's sentences: each rendered as an English-speaking user
 * sees it (the English catalogue, English number formats), and the CRMs' vocabularies
 * the store passes the engine, so CRM fields in test profiles mean what they mean there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFormat } from '../../format/format';
import { sentence } from '../../i18n/sentence';
import { catalogTranslate, type MessageCatalog } from '../../i18n/translate';
import type { Sentence } from '../types';

export { readNeutralFacts as crmFacts } from '../../crms/vocabularies';

const catalog = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
) as MessageCatalog;
const t = catalogTranslate(catalog);
const fmt = createFormat('en');
// Untrusted text arrives wrapped in bidi isolates; tests compare the words.
const ISOLATES = /[\u2068\u2069]/g;

/** The sentence in English, without bidi isolates; '' when it does not render. */
export const english = (say: Sentence | undefined): string =>
  say ? sentence(say, '', t, fmt).replace(ISOLATES, '') : '';
