// The personal outlook model is refitted only when the finished history it rests on changes: a short
// fingerprint of the cases (which interview, as last edited, how it ended, when) and the base rates.
import type { BaseRateOverrides, Calibration, CalibrationCase, HistorySummary } from "../signals";

/** FNV-1a, 32 bits: a change detector, not a security measure. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function historyKey(cases: readonly CalibrationCase[], baseRates: BaseRateOverrides = {}): string {
  const rows = cases
    .map((c) => {
      const iv = c.input.interview;
      return [
        iv.id ?? iv.at,
        (iv as { updatedAt?: number }).updatedAt ?? "",
        c.outcome,
        c.input.now ?? "",
      ].join("|");
    })
    .sort();
  const rates = Object.entries(baseRates)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
  return `${cases.length}:${fnv1a(`${rows.join(";")}#${rates}`)}`;
}

export function summarize(c: Calibration): HistorySummary {
  return {
    cases: c.cases,
    eligible: c.eligible,
    usePersonal: c.usePersonal,
    brierPersonal: c.brierPersonal,
    brierDefault: c.brierDefault,
  };
}
