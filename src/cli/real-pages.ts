// The corpus of real job pages (tests/fixtures/real-pages/): pages as boards served them, saved by other
// public projects, with the fields a reader sees on each (SOURCES.jsonl). Loading, scoring and the
// per-board table live here so `npm run eval:pages`, the unit test and the benchmark share one definition.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { extractPosting, isLikelyPostingPage } from "../core/posting/index";
import type { JobPosting } from "../core/types";

// npm scripts and vitest run from the repository root (the CLI is bundled elsewhere first).
export const REAL_PAGES_DIR = resolve("tests/fixtures/real-pages");

export interface ExpectedFields {
  title?: string;
  company?: string;
  locations?: string[];
  /** true: fully remote; false: on-site or hybrid; absent: the page does not say (not scored). */
  remote?: boolean;
}

export interface RealPage {
  file: string;
  /** owner/repo@commit:path of the saved page. */
  source: string;
  url: string;
  year: number;
  board: string;
  view: string;
  split: "dev" | "test";
  /** false for pages that show no single posting (lists, home pages): nothing may be offered there. */
  posting: boolean;
  expected?: ExpectedFields;
  /** Only part of the page as served was kept (a JSON-LD block in the saving project's shell). */
  partial?: boolean;
  note?: string;
}

export type Field = "title" | "company" | "locations" | "remote" | "notPosting";
export const FIELDS: readonly Field[] = ["title", "company", "locations", "remote", "notPosting"];

export interface PageResult {
  page: RealPage;
  /** Only the fields checked on this page. */
  ok: Partial<Record<Field, boolean>>;
  got: Partial<Record<Field, unknown>>;
  /** Whether the panel offers the page at all (on a job page it must, on any other page it must not). */
  offered: boolean;
}

export function loadManifest(dir = REAL_PAGES_DIR): RealPage[] {
  return readFileSync(join(dir, "SOURCES.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealPage);
}

export function readPage(page: RealPage, dir = REAL_PAGES_DIR): string {
  const bytes = readFileSync(join(dir, page.file));
  return (page.file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

/** Comparison form: Unicode-normalised, dashes unified, whitespace collapsed, case folded. */
export function norm(s: unknown): string {
  return String(s ?? "")
    .normalize("NFKC")
    .replace(/[‐-―−]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = [...new Set(a.map(norm))].sort();
  const y = [...new Set(b.map(norm))].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

export function score(page: RealPage, posting: JobPosting, offered: boolean): PageResult {
  const ok: PageResult["ok"] = {};
  const got: PageResult["got"] = {};
  if (!page.posting) {
    ok.notPosting = !offered;
    got.notPosting = offered ? `offered: ${posting.title ?? "(no title)"}` : "not offered";
    return { page, ok, got, offered };
  }
  const e = page.expected ?? {};
  if (e.title !== undefined) {
    ok.title = norm(posting.title) === norm(e.title);
    got.title = posting.title;
  }
  if (e.company !== undefined) {
    ok.company = norm(posting.company) === norm(e.company);
    got.company = posting.company;
  }
  if (e.locations !== undefined) {
    ok.locations = sameSet(posting.locations, e.locations);
    got.locations = posting.locations;
  }
  if (e.remote !== undefined) {
    ok.remote = posting.remote === e.remote;
    got.remote = posting.remote;
  }
  return { page, ok, got, offered };
}

/** Parses, extracts and scores one page with the given parser (happy-dom in node). */
export function evaluatePage(
  page: RealPage,
  parse: (html: string, url: string) => Document,
  dir = REAL_PAGES_DIR,
): PageResult {
  const doc = parse(readPage(page, dir), page.url);
  const posting = extractPosting(doc, page.url);
  return score(page, posting, isLikelyPostingPage(doc, page.url));
}

interface Tally {
  right: number;
  checked: number;
}

function cell(t: Tally | undefined): string {
  return t?.checked ? `${t.right}/${t.checked}` : "–";
}

/** A markdown table: one row per board, one column per field, then the split's total. */
export function formatTable(results: readonly PageResult[], title: string): string {
  const byBoard = new Map<string, Map<Field, Tally>>();
  const total: Tally = { right: 0, checked: 0 };
  const perField = new Map<Field, Tally>();
  for (const r of results) {
    const row = byBoard.get(r.page.board) ?? new Map<Field, Tally>();
    byBoard.set(r.page.board, row);
    for (const f of FIELDS) {
      const v = r.ok[f];
      if (v === undefined) continue;
      for (const m of [row, perField]) {
        const t = m.get(f) ?? { right: 0, checked: 0 };
        t.checked++;
        if (v) t.right++;
        m.set(f, t);
      }
      total.checked++;
      if (v) total.right++;
    }
  }
  const pages = (b: string) => results.filter((r) => r.page.board === b).length;
  const lines = [
    `### ${title}: ${results.length} pages, ${total.right}/${total.checked} checks right (${pct(total)})`,
    "",
    `| board | pages | ${FIELDS.join(" | ")} |`,
    `| --- | --- | ${FIELDS.map(() => "---").join(" | ")} |`,
  ];
  for (const [board, row] of [...byBoard].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| ${board} | ${pages(board)} | ${FIELDS.map((f) => cell(row.get(f))).join(" | ")} |`);
  }
  lines.push(`| **all** | ${results.length} | ${FIELDS.map((f) => cell(perField.get(f))).join(" | ")} |`);
  return lines.join("\n");
}

function pct(t: Tally): string {
  return t.checked ? `${Math.round((100 * t.right) / t.checked)} %` : "–";
}

/** One line per wrong field: what the page shows and what was read. */
export function formatErrors(results: readonly PageResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    for (const f of FIELDS) {
      if (r.ok[f] !== false) continue;
      const want =
        f === "notPosting"
          ? "not offered"
          : JSON.stringify((r.page.expected as Record<string, unknown> | undefined)?.[f]);
      out.push(`✗ ${r.page.file} ${f}: want ${want}, got ${JSON.stringify(r.got[f])}`);
    }
  }
  return out.join("\n");
}
