// How the outlook has done on the user's own finished interviews: which model is in use and why (Brier
// score: 0 is perfect, 0.25 is a coin toss), a reliability chart, Brier over time, and the signs that
// preceded offers. Quiet until MIN_CASES outcomes exist: a handful of cases would only show noise.
import type { Calibration, PrecededOffers } from "../../../core/signals";
import { MIN_CASES } from "../../../core/signals";
import { brierOverTime, reliabilityBins } from "../../../core/stats";
import { BarChart } from "../../charts/BarChart";
import { LineChart } from "../../charts/LineChart";
import { ReliabilityChart } from "../../charts/ReliabilityChart";
import { percent, plural } from "./format";

const brier = (value: number | null) => (value === null ? "—" : value.toFixed(2));
const day = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });

export function CalibrationSection({
  calibration,
  preceded,
}: {
  calibration: Calibration;
  preceded: PrecededOffers;
}) {
  if (!calibration.eligible) {
    return (
      <section class="stats-card" aria-labelledby="stats-calibration">
        <h2 id="stats-calibration">How the outlook does for you</h2>
        <p class="not-enough">
          Not enough data yet: this needs {MIN_CASES} interviews with a final outcome (offer, rejection or
          silence); you have {calibration.cases}. Until then every outlook uses the general model.
        </p>
      </section>
    );
  }
  const bins = reliabilityBins(calibration.points);
  const overTime = brierOverTime(calibration.points, MIN_CASES);
  return (
    <section class="stats-card" aria-labelledby="stats-calibration">
      <h2 id="stats-calibration">How the outlook does for you</h2>
      <p class="model-verdict">
        From {plural(calibration.cases, "finished interview")}: the general model scores a Brier of{" "}
        <strong>{brier(calibration.brierDefault)}</strong>, one fitted to your history{" "}
        <strong>{brier(calibration.brierPersonal)}</strong> (tested on each interview left out of its own fit;
        lower is better, 0.25 is a coin toss).{" "}
        {calibration.usePersonal
          ? "Every new or re-opened outlook now uses the model fitted to you."
          : "The general model still predicts your outcomes better, so outlooks keep using it."}
      </p>

      <h3>Predicted against what happened</h3>
      <ReliabilityChart bins={bins} />
      <table class="stats-table reliability-table">
        <caption>Interviews grouped by the chance the outlook gave (model in use)</caption>
        <thead>
          <tr>
            <th scope="col">Predicted</th>
            <th scope="col">Interviews</th>
            <th scope="col">Average predicted</th>
            <th scope="col">Got an offer</th>
          </tr>
        </thead>
        <tbody>
          {bins.map((b) => (
            <tr key={b.from}>
              <td>
                {percent(b.from)}–{percent(b.to)}
              </td>
              <td>{b.cases}</td>
              <td>{percent(b.meanPredicted)}</td>
              <td>{percent(b.offerRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Brier score over time</h3>
      <LineChart
        title="Brier score as outcomes came in (lower is better)"
        max={0.5}
        points={overTime.map((p) => ({ label: day.format(p.at), value: p.brier }))}
      />
      <p class="muted brier-over-time">
        {overTime
          .filter((_, i, all) => i === 0 || i === all.length - 1)
          .map((p) => `after ${p.cases} outcomes: ${brier(p.brier)}`)
          .join(" · ")}
      </p>

      <h3>Signs that preceded offers for you</h3>
      {preceded.signs.length === 0 ? (
        <p class="muted">No sign has been seen in two finished interviews yet.</p>
      ) : (
        <>
          <BarChart
            title="Share of interviews that ended in an offer, by sign seen"
            max={1}
            bars={preceded.signs.map((s) => ({
              label: s.label,
              value: s.rate,
              display: `${percent(s.rate)} (${s.offers}/${s.seen})`,
            }))}
          />
          <table class="stats-table">
            <caption>
              Offer rate by sign, against {percent(preceded.baseRate)} over all{" "}
              {plural(preceded.cases, "finished interview")}
            </caption>
            <thead>
              <tr>
                <th scope="col">Sign</th>
                <th scope="col">Seen in</th>
                <th scope="col">Then an offer</th>
                <th scope="col">Offer rate</th>
              </tr>
            </thead>
            <tbody>
              {preceded.signs.map((s) => (
                <tr key={s.signalId}>
                  <td>{s.label}</td>
                  <td>{s.seen}</td>
                  <td>{s.offers}</td>
                  <td>{percent(s.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
