// The statistics view: takes computed statistics, renders them. No data access here.
import type { Statistics } from "../../../core/stats";
import { CalibrationSection } from "./CalibrationSection";
import { FunnelSection } from "./FunnelSection";
import { ResponseSection } from "./ResponseSection";
import { SilenceSection } from "./SilenceSection";

export function StatisticsPage({ data }: { data: Statistics }) {
  return (
    <div class="stats">
      <h2 class="visually-hidden">Statistics</h2>
      {data.applications === 0 ? (
        <p class="muted">No applications yet: statistics appear as soon as you track some.</p>
      ) : (
        <>
          <FunnelSection steps={data.funnel} />
          <ResponseSection responses={data.responses} />
          <SilenceSection silence={data.silence} />
        </>
      )}
      <CalibrationSection calibration={data.calibration} preceded={data.precededOffers} />
    </div>
  );
}
