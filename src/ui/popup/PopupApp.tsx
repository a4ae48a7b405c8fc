// The popup: home → debrief → result. Takes {data, actions} so tests and previews can pass fakes.
import { useEffect, useState } from "preact/hooks";
import type { Application, Interview } from "../../core/types";
import type { InterviewResult } from "../../db/interviews";
import { HomeScreen } from "./HomeScreen";
import type { PopupActions, PopupData } from "./types";

type Screens = typeof import("./screens");
let screens: Promise<Screens> | undefined;

export function loadScreens(): Promise<Screens> {
  screens ??= import("./screens");
  return screens;
}

/** The debrief and result screens, fetched once, right after the first screen has painted. */
function useScreens(): Screens | null {
  const [loaded, setLoaded] = useState<Screens | null>(null);
  useEffect(() => {
    loadScreens().then(setLoaded);
  }, []);
  return loaded;
}

type Screen =
  | { name: "home" }
  | { name: "debrief"; app: Application; editing?: Interview }
  | { name: "result"; app: Application; result: InterviewResult };

export function PopupApp({ data, actions }: { data: PopupData; actions: PopupActions }) {
  const [screen, setScreen] = useState<Screen>({ name: "home" });
  const later = useScreens();
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
        <a href="../options/options.html#/applications" target="_blank" rel="noopener">
          All applications
        </a>
      </header>
      {screen.name === "home" && (
        <HomeScreen data={data} actions={actions} onDebrief={(app) => setScreen({ name: "debrief", app })} />
      )}
      {screen.name !== "home" && !later && <p class="muted">Loading…</p>}
      {screen.name === "debrief" && later && (
        <later.DebriefScreen
          app={screen.app}
          editing={screen.editing}
          actions={actions}
          onSaved={(result) => setScreen({ name: "result", app: screen.app, result })}
          onBack={home}
        />
      )}
      {screen.name === "result" && later && (
        <later.ResultScreen
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
