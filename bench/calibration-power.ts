// How often calibration adopts the personal model on simulated histories (tests/unit/core/signals/
// simulated-history.ts): with real personal effects ("pitched-company" −2, "many-candidates" +1.5 in
// log-odds, both against the catalogue) and with none (outcomes drawn from the general model itself);
// then what it concludes on the written 12-interview history the e2e imports (tests/fixtures/outlook).
// node scripts/run-ts.mjs bench/calibration-power.ts
import { readFileSync } from "node:fs";
import { calibrate, DEFAULT_MODEL } from "../src/core/signals";
import { calibrationCases } from "../src/core/stats";
import type { Application, Interview, TimelineEvent } from "../src/core/types";
import { simulate } from "../tests/unit/core/signals/simulated-history";

const EFFECTS = { "pitched-company": -2, "many-candidates": 1.5 } as const;
const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
for (const cases of [24, 40, 60, 80]) {
  let adopted = 0;
  let beats = 0;
  let direction = 0;
  let nullAdopted = 0;
  for (const seed of seeds) {
    const c = calibrate(simulate({ cases, seed, effects: EFFECTS }));
    if (c.usePersonal) adopted++;
    if ((c.brierPersonal ?? 1) < (c.brierDefault ?? 0)) beats++;
    const w = c.personal?.weights ?? {};
    if ((w["pitched-company"] ?? 1) < 0 && (w["many-candidates"] ?? -1) > 0) direction++;
    if (calibrate(simulate({ cases, seed: seed + 100 })).usePersonal) nullAdopted++;
  }
  console.log(
    `${cases} cases: real effects adopted ${adopted}/10, lower LOO Brier ${beats}/10, both directions recovered ${direction}/10; no personal effect adopted ${nullAdopted}/10`,
  );
}

const backup = JSON.parse(readFileSync("tests/fixtures/outlook/history-12.backup.json", "utf8"));
const t = backup.tables as { applications: Application[]; events: TimelineEvent[]; interviews: Interview[] };
const fixture = calibrate(calibrationCases({ ...t, now: Date.UTC(2025, 5, 2), timeZone: "UTC" }));
const w = (m: { weights: Readonly<Record<string, number>> } | null) =>
  m?.weights["pitched-company"]?.toFixed(2);
console.log(
  `history-12 fixture: ${fixture.cases} cases, personal ${fixture.usePersonal ? "adopted" : "not adopted"}, Brier ${fixture.brierPersonal?.toFixed(3)} (personal, leave-one-out) vs ${fixture.brierDefault?.toFixed(3)} (general); "pitched-company" weight ${w(fixture.personal)} (general ${w(DEFAULT_MODEL)})`,
);
