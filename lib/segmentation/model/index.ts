/**
 * The customer-base model's public surface: BG/NBD and MBG/NBD purchase models, the Gamma-Gamma
 * spend model, the per-account fit with its fallback, per-customer scoring and the helpers that
 * turn transactions or profiles into model inputs. See README.md.
 */
export { fitBgNbd, bgNbdProbabilityAlive, bgNbdExpectedPurchases } from './bgnbd';
export { fitMbgNbd, mbgNbdProbabilityAlive, mbgNbdExpectedPurchases } from './mbgnbd';
export type { BetaGeoParams, BetaGeoFit, BetaGeoVariant } from './beta-geo';
export { fitGammaGamma, expectedAverageSpend } from './gamma-gamma';
export type { GammaGammaParams, GammaGammaFit, SpendHistory } from './gamma-gamma';
export type { CustomerHistory } from './histories';
export { fitAccountModel, DEFAULT_MIN_REPEAT_CUSTOMERS, MAX_CALIBRATION_ERROR } from './predict';
export type {
  AccountModel,
  AccountModelOptions,
  FittedAccountModel,
  ModelCustomer,
  ModelQuality,
  UnavailableAccountModel,
  UnavailableReason,
} from './predict';
export type { ModelConfidence } from './quality';
export { scoreCustomer, scoreCustomers } from './score';
export { summarise, dayNumber } from './summarise';
export type { CustomerSummary, TimeUnit, Transaction } from './summarise';
export { modelInputFromProfile, modelInputsFromProfiles } from './from-profiles';
export type { KeyedModelCustomer } from './from-profiles';
export { needsRefit, REFIT_GROWTH } from './refit';
export {
  accountModelSchema,
  fittedAccountModelSchema,
  unavailableAccountModelSchema,
} from './schema';
