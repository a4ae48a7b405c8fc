// "Signs that preceded offers for you": per-sign offer rates from the user's own finished interviews,
// and how well the outlook has predicted them (Brier score: 0 is perfect, 0.25 is a coin toss).
import type { Calibration, PrecededOffers } from "../../../core/signals";
import { MIN_CASES } from "../../../core/signals";
import { BarChart } from "../../charts/BarChart";
import { percent, plural } from "./format";

const brier = (value: number | null) => (value === null ? "—" : value.toFixed(3));

export function CalibrationSection({
  calibration,
  preceded,
}: {
  calibration: Calibration;
  preceded: PrecededOffers;
}) {
  return (
    <section class="stats-card" aria-labelledby="stats-calibration">
      <h2 id="stats-calibration">Signs that preceded offers for you</h2>
      {!calibration.eligible ? (
        <p class="not-enough">
          Not enough data yet: this needs {MIN_CASES} interviews with a final outcome (offer, rejection or
          silence); you have {calibration.cases}. Until then the outlook uses the general model.
        </p>
      ) : (
        <p>
          From {plural(calibration.cases, "finished interview")}: the general model scores a Brier of{" "}
          <strong>{brier(calibration.brierDefault)}</strong>, one fitted to your history{" "}
          <strong>{brier(calibration.brierPersonal)}</strong> (lower is better; 0.25 is a coin toss).{" "}
          {calibration.usePersonal
            ? "Your outlook now uses the model fitted to you."
            : "The general model still predicts your outcomes better, so it stays."}
        </p>
      )}
      {preceded.signs.length > 0 && (
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
