// After saving: the outlook and the follow-up plan, with a way to edit and to the full timeline.

import type { Outlook } from "../../core/signals";
import type { Application } from "../../core/types";
import type { InterviewResult } from "../../db/interviews";
import { applicationLabel } from "../ApplicationLink";
import { FollowUpPlanList } from "../outlook/FollowUpPlanList";
import { OutlookCard } from "../outlook/OutlookCard";

export function ResultScreen({
  app,
  result,
  href,
  onEdit,
  onDone,
}: {
  app: Application;
  result: InterviewResult<Outlook>;
  href: string;
  onEdit: () => void;
  onDone: () => void;
}) {
  return (
    <>
      <p class="saved-note" role="status">
        Debrief saved for {applicationLabel(app)}.
      </p>
      <OutlookCard outlook={result.outlook} />
      <FollowUpPlanList plan={result.plan} />
      <div class="actions">
        <a href={href} target="_blank" rel="noopener">
          Open timeline
        </a>
        <button type="button" onClick={onEdit}>
          Edit debrief
        </button>
        <button type="button" class="primary" onClick={onDone}>
          Done
        </button>
      </div>
    </>
  );
}
