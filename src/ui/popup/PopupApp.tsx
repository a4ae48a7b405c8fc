// The popup: home → debrief → result. Takes {data, actions} so tests and previews can pass fakes.
import { useState } from "preact/hooks";
import type { Outlook } from "../../core/signals";
import type { Application, Interview } from "../../core/types";
import type { InterviewResult } from "../../db/interviews";
import { fromPageFolder, viewPagePath } from "../../shared/pages";
import { DebriefScreen } from "./DebriefScreen";
import { HomeScreen } from "./HomeScreen";
import { ResultScreen } from "./ResultScreen";
import type { PopupActions, PopupData } from "./types";

type Screen =
  | { name: "home" }
  | { name: "debrief"; app: Application; editing?: Interview }
  | { name: "result"; app: Application; result: InterviewResult<Outlook> };

export function PopupApp({ data, actions }: { data: PopupData; actions: PopupActions }) {
  const [screen, setScreen] = useState<Screen>({ name: "home" });
  const home = () => setScreen({ name: "home" });
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>
          {screen.name === "home" ? (
            "Debrief"
          ) : (
            <button type="button" class="link back" onClick={home} aria-label="Back to start">
              ← Debrief
            </button>
          )}
        </h1>
        <a href={fromPageFolder(viewPagePath("applications"))} target="_blank" rel="noopener">
          All applications
        </a>
      </header>
      {screen.name === "home" && (
        <HomeScreen data={data} actions={actions} onDebrief={(app) => setScreen({ name: "debrief", app })} />
      )}
      {screen.name === "debrief" && (
        <DebriefScreen
          app={screen.app}
          editing={screen.editing}
          actions={actions}
          onSaved={(result) => setScreen({ name: "result", app: screen.app, result })}
          onBack={home}
        />
      )}
      {screen.name === "result" && (
        <ResultScreen
          app={screen.app}
          result={screen.result}
          href={actions.applicationHref(screen.app.id)}
          onEdit={() => setScreen({ name: "debrief", app: screen.app, editing: screen.result.interview })}
          onDone={home}
        />
      )}
    </main>
  );
}
