// Options page entry.
import "../src/ui/base.css";
import "./options.css";
import { render } from "preact";
import { OptionsApp } from "../src/ui/options/OptionsApp";

render(<OptionsApp />, document.getElementById("root")!);
