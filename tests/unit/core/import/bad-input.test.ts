// Files that are not what a tracker writes: other encodings, European separators, formulas, not a
// tracker at all, not text, huge. Each gets a clear message or is read right.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  EmptyImportError,
  ImportCancelled,
  type ImportPreview,
  NotATrackerError,
  NotTextError,
  parseTableAsync,
  readImport,
  readImportInSlices,
} from "../../../../src/core/import";

const text = (name: string) => readFileSync(`tests/fixtures/imports/${name}`, "utf8");
const bytes = (b: Buffer | Uint8Array) => new Uint8Array(b);

// The CLI reads a file at once; the options page reads it in slices (core/import/read-in-slices).
// Both must give the same result and the same messages.
const READERS: [string, (b: Uint8Array) => Promise<ImportPreview>][] = [
  ["at once", async (b) => readImport(b, "UTC")],
  ["in slices", (b) => readImportInSlices(b, "UTC")],
];

describe.each(READERS)("bad input, read %s", (_, read) => {
  it.each([
    [
      "UTF-16 with a byte order mark",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text("european-semicolon.csv"), "utf16le")]),
      "utf-16le",
    ],
    ["UTF-16 without one", Buffer.from(text("european-semicolon.csv"), "utf16le"), "utf-16le"],
    ["Latin-1", Buffer.from(text("european-semicolon.csv"), "latin1"), "windows-1252"],
    ["UTF-8 with a BOM", Buffer.from(`\uFEFF${text("european-semicolon.csv")}`), "utf-8"],
  ])("reads %s with its accents", async (_, file, encoding) => {
    const preview = await read(bytes(file));
    expect(preview.encoding).toBe(encoding);
    expect(preview.applications.map((a) => a.company)).toEqual([
      "Müller Logistik GmbH",
      "Café Größe",
      "Société Générale",
    ]);
  });

  it("reads a semicolon-separated European export with day-first dates", async () => {
    const preview = await read(bytes(Buffer.from(text("european-semicolon.csv"))));
    expect(preview.delimiter).toBe(";");
    expect(
      preview.applications.map((a) => [a.status, new Date(a.appliedAt!).toISOString().slice(0, 10)]),
    ).toEqual([
      ["applied", "2025-03-04"],
      ["applied", "2025-03-05"],
      ["interviewing", "2025-03-10"],
    ]);
    expect(preview.applications[2]!.notes).toBe("Entretien; deuxième tour");
  });

  it("keeps formula cells as text (a HYPERLINK gives its label) and reports each", async () => {
    const preview = await read(bytes(Buffer.from(text("formulas.csv"))));
    expect(preview.applications.map((a) => a.company)).toEqual([
      "Acme Analytics",
      "=cmd|' /C calc'!A0",
      "Riverbend Health",
    ]);
    expect(preview.problems).toEqual([
      { line: 2, message: "Company: a spreadsheet formula, imported as plain text" },
      { line: 3, message: "Company: a spreadsheet formula, imported as plain text" },
    ]);
  });

  it("refuses a CSV that is not a tracker export, naming its columns", async () => {
    const refused = read(bytes(Buffer.from(text("not-a-tracker.csv"))));
    await expect(refused).rejects.toBeInstanceOf(NotATrackerError);
    await expect(refused).rejects.toThrow(
      "none of its columns (Date, Description, Amount, Balance) holds a company or a role",
    );
  });

  it("refuses a workbook, a binary file and an empty file with what to do", async () => {
    await expect(read(bytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).rejects.toThrow(
      /Save it as “CSV UTF-8”/,
    );
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0x01, 0x02, 0x03, 0x04];
    await expect(read(bytes(Buffer.from(png)))).rejects.toBeInstanceOf(NotTextError);
    await expect(read(bytes(Buffer.from(png)))).rejects.toThrow("This file is not text");
    await expect(read(bytes(Buffer.from("Company,Job Title\n")))).rejects.toBeInstanceOf(EmptyImportError);
  });
});

describe("a large file", () => {
  it("reads a large file in chunks with progress, and can be cancelled", async () => {
    const rows = ["Company,Job Title,Status,Date Applied"];
    for (let i = 0; i < 60_000; i++)
      rows.push(
        `Company ${i},"Role, level ${i % 5}",Applied,2025-01-${String((i % 28) + 1).padStart(2, "0")}`,
      );
    const csv = rows.join("\n");
    const seen: number[] = [];
    const table = await parseTableAsync(csv, { chunkSize: 256 * 1024, onProgress: (f) => seen.push(f) });
    expect(table.records).toHaveLength(60_000);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);

    const controller = new AbortController();
    const cancelled = parseTableAsync(csv, {
      chunkSize: 256 * 1024,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(cancelled).rejects.toBeInstanceOf(ImportCancelled);
  });
});
