// Every application (a table for now; the full table/board view replaces it).
import { getDb, listAll } from "../../../db";
import { useLiveQuery } from "../../use-live-query";
import { ApplicationsTable } from "../ApplicationsTable";

export function ApplicationsView() {
  const apps = useLiveQuery(() => listAll(getDb()), []);
  if (apps.status === "loading") return <p class="muted">Loading…</p>;
  if (apps.status === "error") {
    return (
      <p class="error" role="alert">
        Could not read your applications: {apps.error.message}
      </p>
    );
  }
  return <ApplicationsTable apps={apps.value} />;
}
