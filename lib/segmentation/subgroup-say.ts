/**
 * The profit subgroup's sentence (subgroup.ts decides the subgroup):
 * against the rung's percentile band of the account, or against the absolute fallbacks.
 *
 * Every customer with a known profit gets one of these, so only what is theirs (the profit)
 * is allocated per customer: the threshold arguments after it depend on the band or the
 * settings and the currency alone, and are built once and reused (measured on 100,000
 * customers: building them per customer cost about 250 bytes per stored result).
 */
import type { ProfitBand } from './account-context';
import { count, money, ordinal } from './say';
import type { Settings } from './settings';
import type { Sentence, SentenceArg, Subgroup } from './types';

/** The arguments after the profit, per subgroup. */
type Tails = Record<Subgroup, readonly SentenceArg[]>;

const KEYS = {
  band: {
    profitable: 'why_subgroup_profitable_band',
    middling: 'why_subgroup_middling_band',
    unprofitable: 'why_subgroup_unprofitable_band',
  },
  fallback: {
    profitable: 'why_subgroup_profitable',
    middling: 'why_subgroup_middling',
    unprofitable: 'why_subgroup_unprofitable',
  },
} as const;

function bandTails(band: ProfitBand, settings: Settings, currency: string | null): Tails {
  const s = settings.subgroup;
  const customers = count(band.customers, 'customer');
  const [low, high] = [ordinal(s.unprofitablePercentile), ordinal(s.profitablePercentile)];
  return {
    profitable: [money(band.high, currency), high, customers],
    unprofitable: [money(band.low, currency), low, customers],
    middling: [low, high, customers],
  };
}

function fallbackTails(settings: Settings, currency: string | null): Tails {
  const s = settings.subgroup;
  const high = money(s.fallbackProfitableAtOrAbove, currency);
  const low = money(s.fallbackUnprofitableAtOrBelow, currency);
  return { profitable: [high], unprofitable: [low], middling: [low, high] };
}

// Keyed by the band or settings object, then by currency (an account rarely has more than one).
const MAX_CURRENCIES = 32;
const byBand = new WeakMap<ProfitBand, Map<string | null, Tails>>();
const bySettings = new WeakMap<Settings, Map<string | null, Tails>>();

function cached<K extends object>(
  cache: WeakMap<K, Map<string | null, Tails>>,
  owner: K,
  currency: string | null,
  make: () => Tails,
): Tails {
  let byCurrency = cache.get(owner);
  if (!byCurrency) {
    byCurrency = new Map();
    cache.set(owner, byCurrency);
  }
  let tails = byCurrency.get(currency);
  if (!tails) {
    tails = make();
    if (byCurrency.size < MAX_CURRENCIES) byCurrency.set(currency, tails);
  }
  return tails;
}

/** Arrays built by push keep spare capacity: each result's is built at its exact size. */
function sentence(
  key: string,
  profit: number,
  currency: string | null,
  tail: readonly SentenceArg[],
): Sentence {
  const own = money(profit, currency);
  const [a, b, c] = tail;
  const args =
    a === undefined
      ? [own]
      : b === undefined
        ? [own, a]
        : c === undefined
          ? [own, a, b]
          : [own, a, b, c];
  return { key, args };
}

/** The translatable sentence against the rung's percentile band. */
export function bandSay(
  subgroup: Subgroup,
  profit: number,
  band: ProfitBand,
  settings: Settings,
  currency: string | null,
): Sentence {
  const tails = cached(byBand, band, currency, () => bandTails(band, settings, currency));
  return sentence(KEYS.band[subgroup], profit, currency, tails[subgroup]);
}

/** The translatable sentence against the absolute fallbacks of the settings. */
export function fallbackSay(
  subgroup: Subgroup,
  profit: number,
  settings: Settings,
  currency: string | null,
): Sentence {
  const tails = cached(bySettings, settings, currency, () => fallbackTails(settings, currency));
  return sentence(KEYS.fallback[subgroup], profit, currency, tails[subgroup]);
}
