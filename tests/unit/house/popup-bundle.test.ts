// The popup opens on every toolbar click, so its bundle stays small: it reads the database itself, but
// its writes (quick add, "Save this job", a debrief) are messages the worker carries out. Saving pulls in
// the public-suffix and free-mail lists (core/company-domain: tldts, email-providers) and outlook
// fitting (background/outlook.ts); none of them may reach popup/main.tsx's bundle again (#18: it had
// grown from 168 kB to 495 kB through db.saveJob and the db barrel).
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { ROOT } from "./source-files";

async function popupInputs(): Promise<string[]> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ["popup/main.tsx"],
    bundle: true,
    minify: true,
    format: "esm",
    jsx: "automatic",
    jsxImportSource: "preact",
    target: ["chrome123", "firefox140"],
    define: { "process.env.NODE_ENV": '"production"' },
    outdir: "popup-bundle-test",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const js = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith(".js"))!;
  return Object.keys(js[1].inputs);
}

describe("the popup's bundle", () => {
  it("carries no save code: no domain lists, no outlook fitting, no worker module", async () => {
    const inputs = await popupInputs();
    const heavy = inputs.filter((f) =>
      /node_modules\/(tldts|tldts-core|email-providers)\/|src\/core\/company-domain|src\/db\/applications\.ts|src\/core\/signals\/calibration|src\/background\//.test(
        f,
      ),
    );
    expect(heavy).toEqual([]);
    // What it does carry: Dexie for its live lists, and the database's reads.
    expect(inputs.some((f) => f.startsWith("node_modules/dexie/"))).toBe(true);
    expect(inputs).toContain("src/db/application-lists.ts");
  }, 30_000);
});
