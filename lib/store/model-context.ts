/**
 * The customer-base model inside an account's context. An account context is rebuilt
 * when the settings change or the account grows by a tenth, which is exactly when the
 * model should be refitted; so the fitted model travels with the percentile thresholds
 * and each customer is scored against it at classification time.
 *
 * The population parameters do not age, but each customer's history does: scoring
 * measures the customer's history to the classification day, not the fit day.
 */
import type { Profile } from '../domain/profile';
import {
  fitAccountModel,
  modelInputFromProfile,
  modelInputsFromProfiles,
  scoreCustomer,
  type AccountContext,
  type AccountModel,
  type Settings,
} from '../segmentation';
import type { CustomerPrediction } from '../segmentation/types';

export interface ContextWithModel {
  rules: AccountContext;
  model: AccountModel;
}

export function buildContextWithModel(
  profiles: Profile[],
  settings: Settings,
  asOf: string,
  buildRules: () => AccountContext,
): ContextWithModel {
  const { customers } = modelInputsFromProfiles(profiles, asOf);
  const model = fitAccountModel(customers, {
    asOf,
    margin: settings.costs.grossMargin,
    monthlyDiscountRate: settings.model.monthlyDiscountRate,
  });
  return { rules: buildRules(), model };
}

/** Contexts stored before the model was added are the rules' context alone. */
export function splitContext(stored: unknown): {
  rules: AccountContext | undefined;
  model: AccountModel | null;
} {
  if (stored && typeof stored === 'object' && 'rules' in stored && 'model' in stored) {
    const { rules, model } = stored as ContextWithModel;
    return { rules, model };
  }
  return { rules: stored as AccountContext | undefined, model: null };
}

export function predictFor(
  model: AccountModel | null,
  profile: Profile,
  asOf: string,
): CustomerPrediction | undefined {
  if (model?.status !== 'fitted') return undefined;
  const input = modelInputFromProfile(profile, asOf);
  if (!input) return undefined;
  return scoreCustomer({ ...model, asOf }, input) ?? undefined;
}
