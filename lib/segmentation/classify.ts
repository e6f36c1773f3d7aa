/**
 * One customer, start to finish: analyse the profile, then stage, category, subgroup,
 * next step, confidence and treatment, each explained. Pure: the date comes from the
 * caller (`asOf`), the account's percentiles from a context built beforehand.
 */
import type { AccountContext } from './account-context';
import { analyse, type Analysis } from './analysis';
import { computeCategory } from './category';
import { computeConfidence } from './confidence';
import { asOfToDay, dayToIso } from './dates';
import type { FactReader } from './neutral-facts';
import { nextStep } from './next-step';
import { rankInTable } from './percentiles';
import type { Settings } from './settings';
import { resolveSettings, type DeepPartial } from './settings-merge';
import { computeStage } from './stage';
import { computeSubgroup } from './subgroup';
import { say, text } from './say';
import { treatmentFor } from './treatment';
import { clean } from './untrusted-text';
import type { Classification, CustomerPrediction, Profile, Reason, Stage } from './types';

export interface ClassifyOptions {
  /** The date to classify as of (ISO 8601 or a Date); the engine has no clock of its own. */
  asOf: string | Date;
  /** Partial settings merged over the defaults and validated (throws SettingsError). */
  settings?: DeepPartial<Settings> | Settings;
  /** The account's percentile thresholds; without one the absolute fallbacks apply. */
  account?: AccountContext;
  /** The customer-base model's view of this customer, when its fit converged. */
  prediction?: CustomerPrediction;
  /** The port to the CRMs' vocabularies: the neutral facts a profile's CRM fields say. */
  facts?: FactReader;
}

// Reasons are gathered here and copied out at their exact size: a pushed-to array keeps
// spare capacity, which 100,000 stored classifications would carry.
const work: Reason[] = [];

/** Everything after the per-customer analysis; classifyAll reuses analyses it already has. */
export function finish(
  profile: Profile,
  a: Analysis,
  stageResult: { stage: Stage; reasons: Reason[] },
  settings: Settings,
  ctx: AccountContext | null,
  prediction: CustomerPrediction | undefined,
  asOfIso: string,
): Classification {
  const { stage } = stageResult;
  work.length = 0;
  for (const r of stageResult.reasons) work.push(r);
  const cat = computeCategory(a, stage, settings, ctx, prediction, work);
  const sub = computeSubgroup(a, stage, settings, ctx);
  if (sub.reason) work.push(sub.reason);
  const reasons = work.slice();
  if (ctx && ctx.revenueQuantiles.length > 0 && a.metrics.netRevenue !== null) {
    a.metrics.revenuePercentile = rankInTable(ctx.revenueQuantiles, a.metrics.netRevenue);
  }
  const conf = computeConfidence(a, profile);
  return {
    stage,
    category: cat.category,
    labels: settings.labels[cat.category],
    subgroup: sub.subgroup,
    flags: cat.flags,
    metrics: a.metrics,
    reasons,
    next: nextStep(a, stage, settings),
    confidence: conf.confidence,
    treatment: treatmentFor(settings, stage, cat.category),
    warnings: a.warnings,
    asOf: asOfIso,
    confidenceBasis: conf.basis,
    deadRoute: cat.deadRoute,
  };
}

/** The classification of one profile as of a date. */
export function classify(profile: Profile, options: ClassifyOptions): Classification {
  const settings = resolveSettings(options.settings);
  const day = asOfToDay(options.asOf);
  const a = analyse(profile, settings, day, options.facts);
  const ctx = options.account ?? null;
  if (ctx && profile?.key && (ctx.crm !== profile.key.crm || ctx.account !== profile.key.account)) {
    a.warnings = [
      ...a.warnings,
      say('warn_other_account', text(clean(`${ctx.crm}/${ctx.account}`))),
    ];
    return finish(
      profile,
      a,
      computeStage(a, settings),
      settings,
      null,
      options.prediction,
      dayToIso(day),
    );
  }
  return finish(
    profile,
    a,
    computeStage(a, settings),
    settings,
    ctx,
    options.prediction,
    dayToIso(day),
  );
}
