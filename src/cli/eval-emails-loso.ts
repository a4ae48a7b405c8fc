// npm run eval:emails:loso [-- --errors] [--by-source] [--set l2=0.003 …] [--tune calibration=1.5 …]
//   [--fit-calibration] [--try ruleMix=0,0.5,1 …] [--folds 10] [--words-only]
// --words-only: also report the model alone on each held-out email with no rule feature and no rule
// score: how it tags a new sender's wording that no phrase rule was written for.
// --folds N: a quicker look while trying things: the sources are dealt into N groups and a group is
// left out at a time (still no sender helps its own score; each fold trains on less). Reported
// figures are from the full leave-one-source-out run, without --folds.
// The tuning measure: leave one source of the real dev mail out at a time (tests/fixtures/emails/real/
// dev.jsonl), train the shipped pipeline on the written corpus plus the other dev sources, and score
// the held-out source. The real test split is never read here.

import { fitCalibration, fitConfidenceMap } from "../core/email/calibrate";
import { classifyWith, DEFAULT_TUNING, REVIEW_THRESHOLD, type Tuning } from "../core/email/classify";
import { leaveOneSourceOut } from "../core/email/crossval";
import { evaluate, formatReport, type Judged } from "../core/email/evaluate";
import { type FeatureVector, modelFeatures } from "../core/email/features";
import { loadModel, scoreModel } from "../core/email/model";
import { prepare } from "../core/email/prepare";
import { DEFAULT_TRAIN, type LabelledEmail, type TrainOptions, trainModel } from "../core/email/train";
import { loadSourced, loadWritten } from "./training-data";

const verbose = process.argv.includes("--errors");
const bySource = process.argv.includes("--by-source");
const wantCalibration = process.argv.includes("--fit-calibration");
const wordsOnly = process.argv.includes("--words-only");
const alone: Judged[] = [];

// Training options and tunings to try (defaults: DEFAULT_TRAIN in core/email/train.ts, DEFAULT_TUNING
// in core/email/classify.ts), so every figure tried while tuning can be reproduced.
function options<T extends object>(flag: string, defaults: T): T {
  const out = { ...defaults };
  process.argv.forEach((a, i) => {
    if (a !== flag) return;
    const [key, value] = (process.argv[i + 1] ?? "").split("=");
    if (!key || !(key in defaults)) throw new Error(`unknown ${flag} option ${key}`);
    (out as Record<string, number>)[key] = Number(value);
  });
  return out;
}
const overrides: TrainOptions = options("--set", DEFAULT_TRAIN);
const tuning = options("--tune", DEFAULT_TUNING);
// --try key=a,b,c (repeatable): every held-out email is also tagged under each combination of these
// tunings (tuning changes no training), so one run compares them.
const grid: Tuning[] = [{ ...tuning }];
process.argv.forEach((a, i) => {
  if (a !== "--try") return;
  const [key, list] = (process.argv[i + 1] ?? "").split("=");
  if (!key || !(key in DEFAULT_TUNING)) throw new Error(`unknown --try tuning ${key}`);
  const values = (list ?? "").split(",").map(Number);
  grid.splice(0, grid.length, ...grid.flatMap((t) => values.map((v) => ({ ...t, [key]: v }))));
});
const tried = grid.map(() => [] as Judged[]);

const written = loadWritten();
const dev = loadSourced("tests/fixtures/emails/real/dev.jsonl");
for (const e of [...written.errors, ...dev.errors]) console.error(e);

// Each email's features are worked out once for all the folds that train on it.
const cache = new WeakMap<LabelledEmail, FeatureVector>();
// --fit-calibration: every held-out email is also tagged at other calibration temperatures (which
// change confidences, never tags), to pick the one with the lowest ECE.
const TEMPERATURES = [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.75, 2, 2.5];
const atTemperature = new Map<number, Judged[]>(TEMPERATURES.map((t) => [t, []]));
const started = performance.now();
const foldsAt = process.argv.indexOf("--folds");
const folds = foldsAt > 0 ? Number(process.argv[foldsAt + 1]) : 0;
const sourceList = [...new Set(dev.examples.map((e) => e.source))].sort();
const heldOut =
  folds > 0
    ? dev.examples.map((e) => ({ ...e, source: `group-${sourceList.indexOf(e.source) % folds}` }))
    : dev.examples;
const results = leaveOneSourceOut(written.examples, heldOut, (examples) => {
  const m = loadModel(trainModel(examples, overrides, cache));
  return (email) => {
    const p = prepare(email);
    if (wordsOnly) {
      const v = modelFeatures(p, { scores: new Map(), hits: [] });
      const s = scoreModel(m, v.names, v.values).logScores;
      alone.push({ gold: email.label, predicted: m.classes[s.indexOf(Math.max(...s))] ?? "other" });
    }
    if (wantCalibration) {
      for (const t of TEMPERATURES) {
        const raw = { ...tuning, calibration: t, confidenceSlope: 1, confidenceShift: 0 };
        const c = classifyWith(m, p, email.date, raw);
        atTemperature.get(t)?.push({ gold: email.label, predicted: c.category, confidence: c.confidence });
      }
    }
    if (grid.length > 1) {
      grid.forEach((t, i) => {
        const c = classifyWith(m, p, email.date, t);
        tried[i]?.push({ gold: email.label, predicted: c.category, confidence: c.confidence });
      });
    }
    return classifyWith(m, p, email.date, tuning);
  };
});
console.error(`trained and scored the folds in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (grid.length > 1) {
  grid.forEach((t, i) => {
    const r = evaluate(tried[i] ?? []);
    const changed = Object.entries(t)
      .filter(([k, v]) => v !== (tuning as unknown as Record<string, number>)[k])
      .map(([k, v]) => `${k}=${v}`);
    console.log(
      `macro ${r.macroF1.toFixed(3)} binary ${r.binaryF1.toFixed(3)} ECE ${(r.ece ?? 0).toFixed(3)}  ${changed.join(" ") || "(as given)"}`,
    );
  });
}
if (wantCalibration) {
  const fit = fitCalibration(TEMPERATURES, (t) => atTemperature.get(t) ?? []);
  for (const row of fit.table)
    console.log(`calibration ${String(row.temperature).padEnd(5)} ECE ${row.ece.toFixed(3)}`);
  console.log(`lowest ECE at calibration ${fit.temperature} (${fit.ece.toFixed(3)})`);
  // Then the confidence map fitted at each temperature (its log loss), and the ECE it leaves.
  let best = { temperature: 1, slope: 1, shift: 0, ece: Infinity };
  for (const t of TEMPERATURES) {
    const m = fitConfidenceMap(atTemperature.get(t) ?? []);
    console.log(
      `calibration ${String(t).padEnd(5)} confidenceSlope ${m.slope} confidenceShift ${m.shift}: ECE ${m.eceBefore.toFixed(3)} -> ${m.ece.toFixed(3)}`,
    );
    if (m.ece < best.ece - 1e-9) best = { temperature: t, slope: m.slope, shift: m.shift, ece: m.ece };
  }
  console.log(
    `lowest ECE with the map: calibration ${best.temperature} confidenceSlope ${best.slope} confidenceShift ${best.shift} (${best.ece.toFixed(3)})`,
  );
}
if (wordsOnly) {
  const r = evaluate(alone);
  console.log(`model alone, no rules: macro ${r.macroF1.toFixed(3)} binary ${r.binaryF1.toFixed(3)}`);
}
if (verbose) {
  const byId = new Map(dev.examples.map((e) => [e.id, e]));
  for (const r of results) {
    if (r.gold === r.predicted) continue;
    const e = byId.get(r.id);
    console.log(`✗ ${r.id}: ${r.gold} → ${r.predicted} (${r.confidence}) ${(e?.subject ?? "").slice(0, 60)}`);
    console.log(`    ${(r.evidence ?? []).join(" | ")}`);
  }
}
if (bySource) {
  for (const source of [...new Set(results.map((r) => r.source))]) {
    const mine = results.filter((r) => r.source === source);
    const right = mine.filter((r) => r.gold === r.predicted).length;
    console.log(`${source.padEnd(22)} ${right}/${mine.length} right`);
  }
  console.log("");
}
console.log(
  `leave one source out over ${new Set(results.map((r) => r.source)).size} dev sources (${results.length} emails)`,
);
console.log(formatReport(evaluate(results, { reviewAt: REVIEW_THRESHOLD })));
