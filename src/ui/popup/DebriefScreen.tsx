// Debrief one application: earlier debriefs can be reopened to edit; the form saves a new one.
import { useEffect, useState } from "preact/hooks";
import type { Outlook } from "../../core/signals";
import type { Application, Interview } from "../../core/types";
import type { InterviewResult } from "../../db/interviews";
import { applicationLabel } from "../ApplicationLink";
import { DebriefForm } from "../debrief/DebriefForm";
import { emptyForm, formFromInterview } from "../debrief/form-state";
import { BAND_LABEL } from "../outlook/OutlookCard";
import type { PopupActions } from "./types";

const day = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" });

export function DebriefScreen({
  app,
  editing,
  actions,
  onSaved,
  onBack,
}: {
  app: Application;
  editing?: Interview | undefined;
  actions: PopupActions;
  onSaved: (result: InterviewResult<Outlook>) => void;
  onBack: () => void;
}) {
  const [earlier, setEarlier] = useState<Interview[]>([]);
  const [current, setCurrent] = useState<Interview | undefined>(editing);
  useEffect(() => {
    actions.interviewsOf(app.id).then(setEarlier);
  }, [app.id, actions]);

  return (
    <>
      {earlier.length > 0 && (
        <nav class="earlier" aria-label="Earlier debriefs">
          <span class="muted">Earlier: </span>
          {earlier.map((i) => (
            <button
              type="button"
              class="link"
              key={i.id}
              aria-pressed={current?.id === i.id}
              onClick={() => setCurrent(i)}
            >
              {day.format(i.at)}
              {i.outlook ? ` · ${BAND_LABEL[i.outlook.band]}` : ""}
            </button>
          ))}
          {current && (
            <button type="button" class="link" onClick={() => setCurrent(undefined)}>
              New debrief
            </button>
          )}
        </nav>
      )}
      <DebriefForm
        key={current?.id ?? "new"}
        title={applicationLabel(app)}
        initial={current ? formFromInterview(current) : emptyForm(actions.now())}
        submitLabel={current ? "Update debrief" : "Save debrief"}
        onSave={async (form) => onSaved(await actions.saveDebrief(app, form, current?.id))}
        onCancel={onBack}
      />
    </>
  );
}
