// Parses JSON Lines text into email rows, collecting a readable error per bad line instead of throwing.
import type { EmailCategory } from "../types";
import { isCategory } from "./categories";

export interface EmailRow {
  id: string;
  from: string;
  subject: string;
  body: string;
  date?: string | number;
  label?: EmailCategory;
  /** Where a real email came from (a source id of tests/fixtures/emails/real/MANIFEST.md). */
  source?: string;
}

export interface ParsedLines {
  rows: { line: number; row: EmailRow }[];
  errors: { line: number; message: string }[];
}

export function parseEmailLines(text: string, opts: { requireLabel?: boolean } = {}): ParsedLines {
  const out: ParsedLines = { rows: [], errors: [] };
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      out.errors.push({ line, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      out.errors.push({ line, message: "expected a JSON object" });
      return;
    }
    const o = value as Record<string, unknown>;
    const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : "");
    if (o.id !== undefined && typeof o.id !== "string" && typeof o.id !== "number") {
      out.errors.push({ line, message: '"id" must be a string' });
      return;
    }
    if (typeof o.body !== "string" && typeof o.subject !== "string") {
      out.errors.push({ line, message: 'needs a "subject" or "body" string' });
      return;
    }
    const row: EmailRow = {
      id: o.id === undefined ? `line-${line}` : String(o.id),
      from: str("from"),
      subject: str("subject"),
      body: str("body"),
    };
    if (typeof o.date === "string" || typeof o.date === "number") row.date = o.date;
    if (typeof o.source === "string") row.source = o.source;
    if (o.label !== undefined) {
      if (!isCategory(o.label)) {
        out.errors.push({ line, message: `unknown label ${JSON.stringify(o.label)}` });
        return;
      }
      row.label = o.label;
    } else if (opts.requireLabel) {
      out.errors.push({ line, message: 'missing "label"' });
      return;
    }
    out.rows.push({ line, row });
  });
  return out;
}
