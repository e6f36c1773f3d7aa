/**
 * Many customers at once, in the order given. Percentile rules are computed per account
 * (crm + account) among the profiles passed.
 *
 * Two passes: the first analyses every customer, gives them their stage and feeds the
 * account's figures to a collector (number columns, one sort per figure per account);
 * the second applies the rules that need the account context.
 */
import { AccountCollector, type AccountContext } from './account-context';
import { analyse, type Analysis } from './analysis';
import { finish, type ClassifyOptions } from './classify';
import { asOfToDay, dayToIso } from './dates';
import { resolveSettings } from './settings-merge';
import { computeStage, type StageResult } from './stage';
import type { Classification, CustomerPrediction, Profile } from './types';

export interface ClassifyAllOptions extends Omit<ClassifyOptions, 'account' | 'prediction'> {
  /** Model predictions aligned with `profiles` (undefined where there is none). */
  predictions?: readonly (CustomerPrediction | undefined)[];
}

export function classifyAll(
  profiles: readonly Profile[],
  options: ClassifyAllOptions,
): Classification[] {
  const settings = resolveSettings(options.settings);
  const day = asOfToDay(options.asOf);
  const iso = dayToIso(day);
  const n = profiles.length;
  // Customers of one account usually come together: remember the last account looked up.
  const collectors = new Map<string, AccountCollector>();
  const accountOf: AccountCollector[] = new Array(n);
  const analyses: Analysis[] = new Array(n);
  const stages: StageResult[] = new Array(n);
  let last: AccountCollector | null = null;
  for (let i = 0; i < n; i++) {
    const p = profiles[i] as Profile;
    const crm = p?.key?.crm ?? '';
    const account = p?.key?.account ?? '';
    let collector: AccountCollector | null =
      last !== null && last.crm === crm && last.account === account ? last : null;
    if (collector === null) {
      const key = `${crm}\u0000${account}`;
      collector = collectors.get(key) ?? new AccountCollector(crm, account);
      collectors.set(key, collector);
      last = collector;
    }
    accountOf[i] = collector;
    const a = analyse(p, settings, day, options.facts);
    const stage = computeStage(a, settings);
    analyses[i] = a;
    stages[i] = stage;
    collector.add(a, stage.stage);
  }
  const contexts = new Map<AccountCollector, AccountContext>();
  for (const collector of collectors.values())
    contexts.set(collector, collector.toContext(settings, day));
  const out: Classification[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const p = profiles[i] as Profile;
    const ctx = contexts.get(accountOf[i] as AccountCollector) ?? null;
    const a = analyses[i] as Analysis;
    out[i] = finish(p, a, stages[i] as StageResult, settings, ctx, options.predictions?.[i], iso);
  }
  return out;
}
