// Developer CLI: what importing a tracker's CSV export would add, as JSON.
//   npm run --silent import-preview -- FILE
// Prints {"format", "applications": [...], "problems": [{"line","message"}]}; exit 2 with a message on
// a file that cannot be imported (not text, not a tracker export, empty).
import { readFileSync } from "node:fs";
import { previewJson, readImport } from "../core/import/index";

const USAGE = "usage: npm run --silent import-preview -- FILE.csv";
const file = process.argv[2];
if (!file || file === "-h" || file === "--help") {
  console.error(USAGE);
  process.exit(file ? 0 : 2);
}
try {
  // Date-only cells are days in the zone of whoever runs it (TZ=… to choose another).
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const preview = readImport(new Uint8Array(readFileSync(file)), timeZone);
  console.log(JSON.stringify(previewJson(preview), null, 1));
} catch (error) {
  console.error(`import-preview: ${(error as Error).message}`);
  process.exit(2);
}
