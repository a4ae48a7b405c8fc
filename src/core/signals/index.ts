// Interview signs: the catalogue, stage base rates, the outlook model and personal calibration.

export {
  type BaseRateOverrides,
  baseRateFor,
  MAX_RATE,
  MIN_RATE,
  oneIn,
  type RateSource,
  STAGE_BASE_RATES,
  STAGE_KEYS,
  type StageBaseRate,
  type StageKey,
  stageOf,
} from "./base-rates";
export {
  type Calibration,
  type CalibrationCase,
  type CalibrationPoint,
  calibrate,
  L2_PENALTY,
  MIN_CASES,
  type Outcome,
  outcomeFromStatus,
  type PrecededOffers,
  type SignOfferRate,
  signsThatPrecededOffers,
} from "./calibration";
export {
  CONFLICTING_SIGNALS,
  type Polarity,
  SIGNAL_GROUPS,
  SIGNALS,
  type Signal,
  type SignalGroup,
  type SignalPhase,
  type Strength,
  signalById,
  signalGroupById,
  signalWeight,
  tickableSignals,
} from "./catalogue";
export {
  type EvidenceTerm,
  GUT_WEIGHT,
  LENGTH_WEIGHT,
  type ModelFit,
  type OutlookInput,
  type OutlookModel,
  type SeenSignals,
  seenSignals,
} from "./evidence";
export { type HistorySummary, modelInfo, type OutlookModelInfo } from "./model-info";
export {
  bandFor,
  computeOutlook,
  DEFAULT_MODEL,
  HEADLINES,
  MIN_EVIDENCE,
  type Outlook,
  type OutlookOptions,
  type OutlookReason,
  scoreOutlook,
  toSnapshot,
} from "./outlook";
export {
  CEILING,
  COMPARISON_TEXT,
  type Comparison,
  FLOOR,
  type ProbabilityRange,
  rangeText,
  WEIGHT_UNCERTAINTY,
} from "./range";
export { SEED_SOURCES } from "./sources";
export type { WhatIf } from "./what-if";
