// Builds dist/, loadable unpacked in Chromium and Firefox.
//   node build.mjs            production build (minified)
//   node build.mjs --dev      readable build with inline source maps
//   node build.mjs --watch    dev build, rebuilt on change
//   node build.mjs --package  production build, then zips for the Chrome Web Store and AMO
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = dirname(fileURLToPath(import.meta.url));
// DEBRIEF_DIST lets parallel work build elsewhere; dist/ is the default everyone loads.
const dist = resolve(root, process.env.DEBRIEF_DIST ?? "dist");
const args = new Set(process.argv.slice(2));
const watch = args.has("--watch");
const dev = watch || args.has("--dev");

/** Static files copied as they are. */
const STATIC = [
  ["manifest.json", "manifest.json"],
  ["icons", "icons"],
  ["popup/popup.html", "popup/popup.html"],
  ["options/options.html", "options/options.html"],
  ["welcome/welcome.html", "welcome/welcome.html"],
];

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? "inline" : false,
  target: ["chrome123", "firefox140"],
  jsx: "automatic",
  jsxImportSource: "preact",
  legalComments: "none",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": dev ? '"development"' : '"production"' },
};

/** The job-board content scripts: a slim stand-in for the polyfill (they only send and answer
 * messages) and minified shadow-root CSS. */
const jobBoardScript = {
  ...common,
  format: "iife",
  alias: { "webextension-polyfill": "./src/shared/browser-lite.ts" },
  plugins: [minifiedCssText()],
  outdir: dist,
};

/** Extension pages and the worker are ES modules; content scripts must be classic scripts (IIFE). */
const builds = [
  {
    ...common,
    format: "esm",
    entryPoints: {
      background: "src/background/index.ts",
      "popup/main": "popup/main.tsx",
      "options/main": "options/main.tsx",
      "welcome/main": "welcome/main.tsx",
    },
    outdir: dist,
    splitting: false,
    plugins: [lazyEmailModel()],
  },
  {
    ...common,
    format: "iife",
    entryPoints: {
      // Registered per webmail provider at run time (scripting.registerContentScripts), once granted.
      "content/webmail": "src/content/webmail/index.ts",
      // A classic script: paints the popup's last recent list before the module bundle loads.
      "popup/first-paint": "popup/first-paint.ts",
    },
    outdir: dist,
  },
  // The job-board panel on any page (injected by the shortcut) and the context menu's extractor.
  {
    ...jobBoardScript,
    entryPoints: {
      "content/jobboard": "src/content/jobboard/index.ts",
      "content/extract-page": "src/content/extract-page.ts",
    },
  },
  // The panel as each board's pages load it (budget: 25 kB gzipped): the same script with only that
  // board's adapter. The manifest's content_scripts name the files (content/boards/<board id>.js).
  ...boardScriptIds().map((id) => ({
    ...jobBoardScript,
    entryPoints: { [`content/boards/${id}`]: "src/content/jobboard/index.ts" },
    plugins: [...jobBoardScript.plugins, onlyBoard(id)],
  })),
];

/** Board ids of the per-board content scripts the manifest lists. */
function boardScriptIds() {
  const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
  const files = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  return files.map((file) => /^content\/boards\/([a-z0-9-]+)\.js$/.exec(file)?.[1]).filter(Boolean);
}

/** Replaces core/posting's list of boards with the one board file (id = file name). */
function onlyBoard(id) {
  return {
    name: `only-board-${id}`,
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]posting[\\/]boards[\\/]index\.ts$/ }, (args) => ({
        contents: `import * as board from "./${id}";\nexport const BOARDS = Object.values(board).filter((v) => v && typeof v === "object" && "parseUrl" in v);\n`,
        loader: "ts",
        resolveDir: dirname(args.path),
      }));
    },
  };
}

/**
 * The email model as a string literal, parsed on first use (src/core/email/model-source.ts says why).
 * Chrome's service worker cannot import() a chunk later, so the model stays in background.js, but a
 * string costs the parser next to nothing, where a 5,000-key object literal is built on every wake.
 */
function lazyEmailModel() {
  return {
    name: "lazy-email-model",
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]email[\\/]model-source\.ts$/ }, (args) => {
        const json = readFileSync(join(dirname(args.path), "model.gen.json"), "utf8").trim();
        return {
          contents: `let parsed;\nconst text = ${JSON.stringify(json)};\nexport function shippedModel() {\n  parsed ??= JSON.parse(text);\n  return parsed;\n}\n`,
          loader: "js",
          watchFiles: [join(dirname(args.path), "model.gen.json")],
        };
      });
    },
  };
}

/** `import css from "x.css" with { type: "text" }` as a string, minified in production builds. */
function minifiedCssText() {
  return {
    name: "minified-css-text",
    setup(build) {
      build.onLoad({ filter: /\.css$/ }, async (args) => {
        if (args.with?.type !== "text") return undefined;
        // Bundled, so the shadow root's CSS can @import the pages' shared palette and controls.
        const result = await esbuild.build({
          entryPoints: [args.path],
          bundle: true,
          write: false,
          minify: !dev,
          target: common.target,
          logLevel: "silent",
        });
        return { contents: result.outputFiles[0].text, loader: "text", watchFiles: [args.path] };
      });
    },
  };
}

function copyStatic() {
  for (const [from, to] of STATIC) {
    mkdirSync(dirname(join(dist, to)), { recursive: true });
    cpSync(join(root, from), join(dist, to), { recursive: true });
  }
}

/** Per-store manifests: each store gets only the background key it uses. */
function storeManifest(store) {
  const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
  if (store === "chrome") {
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    delete manifest.background.service_worker;
  }
  return manifest;
}

function packageZips() {
  const { version } = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
  const artifacts = join(root, "web-ext-artifacts");
  mkdirSync(artifacts, { recursive: true });
  for (const store of ["chrome", "firefox"]) {
    const stage = join(root, "node_modules", ".cache", `stage-${store}`);
    rmSync(stage, { recursive: true, force: true });
    cpSync(dist, stage, { recursive: true });
    writeFileSync(join(stage, "manifest.json"), `${JSON.stringify(storeManifest(store), null, 2)}\n`);
    const filename = `debrief-${store}-${version}.zip`;
    execFileSync(
      join(root, "node_modules", ".bin", "web-ext"),
      [
        "build",
        "--source-dir",
        stage,
        "--artifacts-dir",
        artifacts,
        "--filename",
        filename,
        "--overwrite-dest",
      ],
      { stdio: "inherit" },
    );
  }
}

/** The email classifier's model is trained from tests/fixtures/emails at build time (about 0.3 s). */
function trainEmailModel() {
  execFileSync("node", [join(root, "scripts/run-ts.mjs"), "src/cli/train-emails.ts"], {
    cwd: root,
    stdio: "ignore",
  });
}

rmSync(dist, { recursive: true, force: true });
trainEmailModel();
if (watch) {
  copyStatic();
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log(`Watching; dist/ is rebuilt on change (static files copied once): ${dist}`);
} else {
  const started = performance.now();
  await Promise.all(builds.map((options) => esbuild.build(options)));
  copyStatic();
  console.log(`Built ${dev ? "dev" : "production"} dist/ in ${Math.round(performance.now() - started)} ms`);
  if (args.has("--package")) packageZips();
}
