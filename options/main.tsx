// Options page entry.
import "../src/ui/base.css";
import "./options.css";
import { render } from "preact";
import { getDb } from "../src/db";
import { OptionsApp } from "../src/ui/options/OptionsApp";
import { watchTheme } from "../src/ui/options/settings/theme";

watchTheme(getDb());
render(<OptionsApp />, document.getElementById("root")!);
