// Statistics over the user's own history: pure functions over the database's arrays.
import {
  type BaseRateOverrides,
  type Calibration,
  calibrate,
  type PrecededOffers,
  signsThatPrecededOffers,
} from "../signals";
import { calibrationCases } from "./calibration-cases";
import { type FunnelStep, funnel } from "./funnel";
import type { StatsInput } from "./input";
import { type ResponseStats, responseStats } from "./response";
import { type SilenceStats, silenceAfterInterviews } from "./silence";

export { calibrationCases } from "./calibration-cases";
export { type FunnelStep, funnel, STAGE_LABEL } from "./funnel";
export { companyKey, median, type StatsInput } from "./input";
export { historyKey, summarize } from "./outlook-history";
export {
  BIN_EDGES,
  type BrierPoint,
  brierOverTime,
  type ReliabilityBin,
  reliabilityBins,
} from "./reliability";
export { boardLabel, isResponse, type ResponseGroup, type ResponseStats, responseStats } from "./response";
export { type SilenceStats, silenceAfterInterviews } from "./silence";
export { STAGES, type Stage, type StageTimes, stageTimes } from "./stages";

export interface Statistics {
  applications: number;
  funnel: FunnelStep[];
  responses: ResponseStats;
  silence: SilenceStats;
  calibration: Calibration;
  precededOffers: PrecededOffers;
}

export function computeStatistics(input: StatsInput & { baseRates?: BaseRateOverrides }): Statistics {
  const cases = calibrationCases(input);
  return {
    applications: input.applications.length,
    funnel: funnel(input),
    responses: responseStats(input),
    silence: silenceAfterInterviews(input),
    calibration: calibrate(cases, { baseRates: input.baseRates ?? {} }),
    precededOffers: signsThatPrecededOffers(cases),
  };
}
