/**
 * A translator that remembers its answers. Each `browser.i18n.getMessage` call crosses
 * into the browser's bindings (measured: about 75 ms for the ~5,000 calls 1,000 list
 * badges make); the same few keys repeat on every badge, so the content script asks once.
 */
import type { Translate } from './translate';

export function memoTranslate(translate: Translate): Translate {
  const cache = new Map<string, string>();
  return (key, substitutions) => {
    const id = substitutions?.length ? `${key}\u0000${substitutions.join('\u0000')}` : key;
    let found = cache.get(id);
    if (found === undefined) {
      found = translate(key, substitutions);
      // Substituted messages vary per customer: keep the cache from growing without bound.
      if (cache.size < 5_000) cache.set(id, found);
    }
    return found;
  };
}
