import { describe, expect, it } from 'vitest';
import { playbookKeys, playbookText } from './playbookText';
import { catalogTranslate, type MessageCatalog } from './translate';
import { defaultPlaybook } from '../segmentation/playbook';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';

const tPl = catalogTranslate(pl as MessageCatalog, en as MessageCatalog);
const tEn = catalogTranslate(en as MessageCatalog);

describe('playbookText', () => {
  it('gives every default text a key, and the English catalogue says the same text', () => {
    const keys = playbookKeys();
    for (const entry of [
      ...Object.values(defaultPlaybook.stages),
      ...Object.values(defaultPlaybook.categories),
    ]) {
      for (const text of [entry.headline, entry.fourA, ...entry.actions]) {
        expect(keys.has(text), text).toBe(true);
        expect(playbookText(text, tEn)).toBe(text);
      }
    }
  });

  it('translates a default text and leaves an edited one as written', () => {
    expect(playbookText(defaultPlaybook.categories.dead.headline, tPl)).toBe(
      'Martwy: przestań obsługiwać',
    );
    expect(playbookText('Call Anna before Friday', tPl)).toBe('Call Anna before Friday');
  });

  it('falls back to the text itself when a catalogue lacks the key', () => {
    const bare = catalogTranslate({});
    expect(playbookText(defaultPlaybook.categories.dead.headline, bare)).toBe('Dead: stop serving');
  });
});
