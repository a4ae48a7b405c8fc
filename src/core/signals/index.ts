// Interview signs: the catalogue, the outlook model and personal calibration.

export {
  type Calibration,
  type CalibrationCase,
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
  type OutlookInput,
  type OutlookModel,
  PRIOR_LOG_ODDS,
  type SeenSignals,
  seenSignals,
} from "./evidence";
export {
  bandFor,
  computeOutlook,
  DEFAULT_MODEL,
  HEADLINES,
  MIN_EVIDENCE,
  type Outlook,
  type OutlookReason,
  SCORE_CEILING,
  SCORE_FLOOR,
  toSnapshot,
} from "./outlook";
export { SEED_SOURCES } from "./sources";
