// Runs a TypeScript entry point in node: esbuild bundles it to a temp file, then it is imported.
// Used by the developer CLIs (extract, classify, eval:emails, train) so they share src/core as is.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.mjs <entry.ts> [args...]");
  process.exit(2);
}
// Inside node_modules so the bundle's bare imports (external packages) resolve.
const cache = resolve("node_modules/.cache");
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, "debrief-cli-"));
const out = join(dir, "cli.mjs");
await build({
  entryPoints: [resolve(entry)],
  outfile: out,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "error",
  loader: { ".jsonl": "text" },
  // A package's JSON (email-providers/all.json) is bundled: node 20 will not import JSON from an
  // external package without an import attribute, which the bundle would not carry.
  plugins: [
    {
      name: "bundle-package-json",
      setup(b) {
        b.onResolve({ filter: /\.json$/ }, (args) =>
          /^[./]/.test(args.path) ? undefined : { path: createRequire(args.importer).resolve(args.path) },
        );
      },
    },
  ],
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(out).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
