// The rooms of DESIGN.md's house, and what each may import (relative imports between the project's
// own folders; npm packages are checked where it matters: Dexie and the polyfill).
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTENSION_FOLDERS, readSource, sourceFiles } from "./source-files";

const files = sourceFiles(...EXTENSION_FOLDERS);

/** src/core/x.ts → "core"; popup/main.tsx → "popup". */
const roomOf = (path: string) => (path.startsWith("src/") ? path.split("/")[1]! : path.split("/")[0]!);

const MAY_IMPORT: Record<string, readonly string[]> = {
  core: ["core"],
  db: ["core", "db"],
  shared: ["core", "shared"],
  // The job-board panel renders the shared Preact components (ui/debrief, ui/outlook).
  content: ["core", "shared", "content", "ui"],
  background: ["core", "db", "shared", "background"],
  ui: ["core", "db", "shared", "ui"],
  popup: ["core", "db", "shared", "ui", "popup"],
  options: ["core", "db", "shared", "ui", "options"],
  welcome: ["core", "db", "shared", "ui", "welcome"],
  cli: ["core", "db", "shared", "content", "cli"],
};

/** Each relative import of a file, as a root-relative path without its extension. */
function importsOf(file: string): string[] {
  const text = readSource(file);
  return [...text.matchAll(/(?:from|import)\s+"(\.[^"]+)"/g)].map((m) =>
    normalize(join(dirname(file), m[1]!)),
  );
}

function slips(): string[] {
  const out: string[] = [];
  for (const file of files) {
    const room = roomOf(file);
    for (const target of importsOf(file)) {
      if (!MAY_IMPORT[room]?.includes(roomOf(target))) out.push(`${file} → ${target}`);
    }
  }
  return out;
}

describe("rooms", () => {
  it("knows a room for every folder it reads", () => {
    expect([...new Set(files.map(roomOf))].filter((r) => !MAY_IMPORT[r])).toEqual([]);
  });

  it("imports only from the rooms each room may use", () => {
    expect(slips()).toEqual([]);
  });

  it("opens the database only in db, the worker, and the connected views beside the page entries", () => {
    const opens = files.filter((f) => /\bgetDb\(/.test(readSource(f)));
    const elsewhere = opens.filter((f) => !/^(src\/db|src\/background|popup|options|welcome)\//.test(f));
    expect(elsewhere).toEqual([]);
  });

  it("scores outlooks outside db: db imports only the types of core/signals (DESIGN.md: db imports core/types)", () => {
    const db = files.filter((f) => f.startsWith("src/db/"));
    // Settings store the model's and base rates' shapes; scoring and fitting live in background/outlook.ts.
    const scoring = db.filter((f) => /^import (?!type\b)[^;]*from "\.\.\/core\/signals/m.test(readSource(f)));
    expect(scoring).toEqual([]);
  });

  it("imports webextension-polyfill only in src/shared/browser.ts", () => {
    const polyfill = files.filter((f) => /from "webextension-polyfill"/.test(readSource(f)));
    expect(polyfill).toEqual(["src/shared/browser.ts"]);
    // browser-lite.ts is no second way in: build.mjs puts it in the polyfill's place for the job-board
    // scripts only, so no source file imports it.
    expect(files.filter((f) => /from "[^"]*browser-lite"/.test(readSource(f)))).toEqual([]);
    expect(readSource("build.mjs")).toContain(
      'alias: { "webextension-polyfill": "./src/shared/browser-lite.ts" }',
    );
  });
});
