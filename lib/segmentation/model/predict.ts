/**
 * One account's customer-base model: the purchase model (MBG/NBD by default, BG/NBD on request)
 * plus the Gamma-Gamma spend model, fitted on histories in days as of one date. The result is
 * either a fitted model with its quality, or `unavailable` with the reason: a failed or
 * too-small fit yields no parameters at all, so no caller can show a number from it and the
 * category rules fall back to days-since-last-order.
 */
import { fitBetaGeo, type BetaGeoParams, type BetaGeoVariant } from './beta-geo';
import { fitGammaGamma, type GammaGammaParams } from './gamma-gamma';
import { groupHistories, type CustomerHistory } from './histories';
import { calibrationError, modelConfidence, type ModelConfidence } from './quality';
import { dayNumber } from './summarise';
import { num, say } from '../say';
import type { Sentence } from '../types';

/** One customer as the models read them: time in days as of the fit's `asOf`. */
export interface ModelCustomer extends CustomerHistory {
  /** Mean value of the repeat purchases, null when unknown. */
  monetary: number | null;
}

export interface AccountModelOptions {
  /** The date the histories are measured to (ISO); predictions start from it. */
  asOf: string;
  /** Gross margin 0–1; without it values are revenue, not profit. */
  margin?: number;
  /** Monthly discount rate for the 12-month value, 0–1 (e.g. 0.01). */
  monthlyDiscountRate: number;
  model?: BetaGeoVariant;
  /** Fewer repeat customers than this and the rules are used instead (default 50). */
  minRepeatCustomers?: number;
}

export interface ModelQuality {
  customers: number;
  repeatCustomers: number;
  /** Rows refused as invalid (non-finite, negative, recency after age). */
  invalidRows: number;
  logLikelihood: number;
  /** |expected − actual| / actual repeat purchases over the observed period. */
  calibrationError: number;
  confidence: ModelConfidence;
  /** Why there is no spend model (and so no value), or null when there is one. */
  spendUnavailable: string | null;
}

export interface FittedAccountModel {
  status: 'fitted';
  model: BetaGeoVariant;
  asOf: string;
  params: BetaGeoParams;
  spend: GammaGammaParams | null;
  margin: number | null;
  monthlyDiscountRate: number;
  quality: ModelQuality;
}

export type UnavailableReason =
  'invalid-options' | 'too-few-repeat-customers' | 'fit-failed' | 'poor-fit';

export interface UnavailableAccountModel {
  status: 'unavailable';
  reason: UnavailableReason;
  /** One sentence for the user: why the rules are used instead. */
  message: string;
  /** The same sentence, translatable (absent in models stored before it was added). */
  say?: Sentence;
  customers: number;
  repeatCustomers: number;
}

export type AccountModel = FittedAccountModel | UnavailableAccountModel;

/** The message key of the note that says why the account has no model. */
export const modelNoteKey = (reason: UnavailableReason) =>
  `model_note_${reason.replace(/-/g, '_')}`;

export const DEFAULT_MIN_REPEAT_CUSTOMERS = 50;

/**
 * The note for a classification: the model's sentence, or for a model stored before it had
 * one, the same sentence rebuilt from its reason (the store never sets another minimum).
 */
export function modelNote(model: UnavailableAccountModel): Sentence {
  if (model.say) return model.say;
  const key = modelNoteKey(model.reason);
  return model.reason === 'too-few-repeat-customers'
    ? say(key, num(model.repeatCustomers), num(DEFAULT_MIN_REPEAT_CUSTOMERS))
    : say(key);
}
/** An in-sample error above this means the model does not describe the account. */
export const MAX_CALIBRATION_ERROR = 0.25;

const inUnit = (v: number | undefined) => v === undefined || (v >= 0 && v <= 1);

export function fitAccountModel(
  customers: readonly ModelCustomer[],
  options: AccountModelOptions,
): AccountModel {
  const data = groupHistories(customers);
  const unavailable = (
    reason: UnavailableReason,
    message: string,
    why: Sentence = say(modelNoteKey(reason)),
  ): UnavailableAccountModel => ({
    status: 'unavailable',
    reason,
    message,
    say: why,
    customers: data.customers,
    repeatCustomers: data.repeatCustomers,
  });
  const { margin, monthlyDiscountRate } = options;
  if (
    !Number.isFinite(dayNumber(options.asOf)) ||
    !inUnit(margin) ||
    !inUnit(monthlyDiscountRate)
  ) {
    return unavailable('invalid-options', 'The model settings are out of range.');
  }
  const minRepeat = options.minRepeatCustomers ?? DEFAULT_MIN_REPEAT_CUSTOMERS;
  if (data.repeatCustomers < minRepeat) {
    return unavailable(
      'too-few-repeat-customers',
      `Only ${data.repeatCustomers} repeat customers (the model needs ${minRepeat}); using the rules.`,
      say(modelNoteKey('too-few-repeat-customers'), num(data.repeatCustomers), num(minRepeat)),
    );
  }
  const variant = options.model ?? 'mbgnbd';
  const fit = fitBetaGeo(data, variant);
  if (!fit.converged) {
    return unavailable('fit-failed', 'The model fit did not converge; using the rules.');
  }
  const params = { r: fit.r, alpha: fit.alpha, a: fit.a, b: fit.b };
  const calibration = calibrationError(data, variant, params);
  if (!(calibration <= MAX_CALIBRATION_ERROR)) {
    return unavailable(
      'poor-fit',
      "The model does not reproduce this account's history; using the rules.",
    );
  }

  const spendFit = fitGammaGamma(customers.map((c) => ({ x: c.x, monetary: c.monetary ?? NaN })));
  const spendUnavailable =
    spendFit.customers < minRepeat
      ? `only ${spendFit.customers} repeat customers with known order values`
      : !spendFit.converged
        ? 'the spend model did not converge'
        : !(spendFit.q > 1)
          ? 'spend varies too much for a mean (q ≤ 1)'
          : null;

  return {
    status: 'fitted',
    model: variant,
    asOf: options.asOf,
    params,
    spend: spendUnavailable ? null : { p: spendFit.p, q: spendFit.q, gamma: spendFit.gamma },
    margin: margin ?? null,
    monthlyDiscountRate,
    quality: {
      customers: data.customers,
      repeatCustomers: data.repeatCustomers,
      invalidRows: data.invalid,
      logLikelihood: fit.logLikelihood,
      calibrationError: calibration,
      confidence: modelConfidence(data.repeatCustomers, calibration),
      spendUnavailable,
    },
  };
}
