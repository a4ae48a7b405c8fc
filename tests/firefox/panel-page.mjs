// Helpers for the Firefox smoke test's job-board panel checks: a test copy of the build whose LinkedIn
// content script also matches http://127.0.0.1/*, and a tiny HTTP server for one recorded posting.
//
// Why a copy: the manifest's match patterns are real https hosts (https://*.linkedin.com/jobs/*), which
// a local server cannot be without a TLS-intercepting proxy. The real match patterns are exercised by
// the Chromium e2e (tests/e2e/jobboard.e2e.ts routes the real URLs to the fixtures); this copy exercises
// the panel's own code in Firefox: the per-board bundle injected as a content script, rendering in its
// shadow root, messaging the background, saving to IndexedDB. Only the copy is changed, never dist.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const LOCAL_MATCH = "http://127.0.0.1/*"; // match patterns ignore ports
/**
 * The webmail hosts the smoke test opens (Gmail, and Outlook on the web's consumer host), resolved to
 * 127.0.0.1 by the profile's network.dns.localDomains and served over plain http.
 */
export const MAIL_HOSTS = { gmail: "mail.google.com", outlook: "outlook.live.com" };
const MAIL_MATCHES = Object.values(MAIL_HOSTS).map((host) => `http://${host}/*`);

/** Copies `dist` to a temp dir and adds LOCAL_MATCH to the content script that loads `boardFile`. */
export function testCopy(dist, boardFile = "content/boards/linkedin.js") {
  const dir = mkdtempSync(join(tmpdir(), "debrief-ff-"));
  cpSync(dist, dir, { recursive: true });
  const manifestFile = join(dir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  const script = manifest.content_scripts?.find((s) => s.js?.includes(boardFile));
  if (!script) throw new Error(`the build's manifest has no content script loading ${boardFile}`);
  script.matches = [...script.matches, LOCAL_MATCH];
  // The webmail reader, which the product registers at run time for each provider's https hosts once the
  // user grants them: here a static content script for the same hosts over http (see MAIL_HOSTS).
  manifest.content_scripts.push({
    matches: MAIL_MATCHES,
    js: ["content/webmail.js"],
    run_at: "document_idle",
  });
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Serves tests/fixtures/posting/<name>.html on 127.0.0.1 at the path (and query) of the URL its
 * .expected.json records; everything else is a 404 (recorded in `strays`).
 */
export async function servePosting(name) {
  const fixtures = resolve("tests/fixtures/posting");
  const html = readFileSync(join(fixtures, `${name}.html`));
  const { url, expected } = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), "utf8"));
  const real = new URL(url);
  const path = real.pathname + real.search;
  const strays = [];
  const server = createServer((req, res) => {
    if (req.url === path) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    } else {
      strays.push(req.url);
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const local = `http://127.0.0.1:${server.address().port}${path}`;
  return { url: local, realUrl: url, expected, strays, close: () => server.close() };
}

/** Serves one file of tests/fixtures for any path (Gmail serves every view from one path). */
export async function serveFixture(file) {
  const html = readFileSync(resolve("tests/fixtures", file));
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { port: server.address().port, close: () => server.close() };
}
