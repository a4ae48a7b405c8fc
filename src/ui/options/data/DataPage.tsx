// "Your data": export, import (backup or CSV) and delete everything.

import type { DataActions } from "./actions";
import { CsvImport } from "./CsvImport";
import { DeleteEverything } from "./DeleteEverything";
import { ExportSection } from "./ExportSection";
import { JsonImport } from "./JsonImport";

export interface DataSummary {
  applications: number;
}

export function DataPage({ data, actions }: { data: DataSummary; actions: DataActions }) {
  return (
    <div class="data-page">
      <p>
        Everything Debrief knows is stored in this browser only. Debrief holds{" "}
        <strong>{data.applications}</strong> {data.applications === 1 ? "application" : "applications"} now.
      </p>
      <ExportSection actions={actions} />
      <JsonImport actions={actions} currentApplications={data.applications} />
      <CsvImport actions={actions} />
      <DeleteEverything actions={actions} applications={data.applications} />
    </div>
  );
}
