// Options page entry: every application.
import "../src/ui/base.css";
import "./options.css";
import { render } from "preact";
import { getDb, listAll } from "../src/db";
import { ApplicationsTable } from "../src/ui/options/ApplicationsTable";
import { useLiveQuery } from "../src/ui/use-live-query";

const db = getDb();

function Options() {
  const apps = useLiveQuery(() => listAll(db), []);
  return (
    <main class="options">
      <h1>Debrief</h1>
      <h2>Applications</h2>
      {apps.status === "loading" && <p class="muted">Loading…</p>}
      {apps.status === "error" && (
        <p class="error" role="alert">
          Could not read your applications: {apps.error.message}
        </p>
      )}
      {apps.status === "ready" && <ApplicationsTable apps={apps.value} />}
    </main>
  );
}

render(<Options />, document.getElementById("root")!);
