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
import { ROUTES } from "./routes";

announceWrites(getDb()); // the badge and alarms follow whatever this page writes
watchTheme(getDb());
// Open webmail readers hear of application changes made here.
pushTrackedChanges();
render(<OptionsApp routes={ROUTES} />, document.getElementById("root")!);
