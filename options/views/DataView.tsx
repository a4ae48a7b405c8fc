// Your data: counts from the database, the real export/import/delete actions.
import { useMemo } from "preact/hooks";
import { getDb } from "../../src/db";
import { createDataActions } from "../../src/ui/options/data/actions";
import { DataPage } from "../../src/ui/options/data/DataPage";
import { browserWebmailAccess } from "../../src/ui/options/webmail-access";
import { useLiveQuery } from "../../src/ui/use-live-query";

export function YourDataView() {
  const db = getDb();
  const count = useLiveQuery(() => db.applications.count(), []);
  const actions = useMemo(() => createDataActions(db, browserWebmailAccess(db)), [db]);
  if (count.status === "error") {
    return (
      <p class="error" role="alert">
        Could not read your data: {count.error.message}
      </p>
    );
  }
  return <DataPage data={{ applications: count.status === "ready" ? count.value : 0 }} actions={actions} />;
}
