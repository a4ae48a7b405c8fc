// The outlook's personal calibration (leave-one-out fits) on simulated finished histories: what the
// first outlook after an outcome changes costs before the result is cached in settings.
// node scripts/run-ts.mjs bench/calibration.ts [runs]  → one JSON line { "calibration.msNCases": samples[] }
import { calibrate } from "../src/core/signals";
import { simulate } from "../tests/unit/core/signals/simulated-history";

const runs = Number(process.argv[2] ?? 5);
const sizes = [50, 100, 200, 400];
const histories = sizes.map((cases) => simulate({ cases, seed: 7, effects: { "pitched-company": -2 } }));
for (const h of histories) calibrate(h); // warm-up
const out: Record<string, number[]> = {};
for (let r = 0; r < runs; r++) {
  histories.forEach((h, i) => {
    const t = performance.now();
    calibrate(h);
    const key = `calibration.ms${sizes[i]}Cases`;
    out[key] = [...(out[key] ?? []), performance.now() - t];
  });
}
console.log(JSON.stringify(out));
