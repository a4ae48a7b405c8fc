// Options page entry.
import "../src/ui/base.css";
import "../src/ui/outlook/outlook.css";
import "./options.css";
import { render } from "preact";
import { getDb } from "../src/db";
import { pushTrackedChanges } from "../src/shared/tracked-push";
import { announceWrites } from "../src/ui/announce-writes";
import { OptionsApp } from "../src/ui/options/OptionsApp";
import { watchTheme } from "../src/ui/options/settings/theme";
import { keepSnapshotInSync } from "../src/ui/popup/snapshot-sync";
import { ROUTES } from "./routes";

announceWrites(getDb()); // the badge and alarms follow whatever this page writes
watchTheme(getDb());
// Open webmail readers hear of application changes made here.
pushTrackedChanges();
// Deleting here (everything, or all email data) must not leave names or statuses in the popup's snapshot.
keepSnapshotInSync(getDb(), localStorage);
render(<OptionsApp routes={ROUTES} />, document.getElementById("root")!);
