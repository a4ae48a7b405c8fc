// Files that are not what a tracker writes: other encodings, European separators, formulas, not a
// tracker at all, not text, huge. Each gets a clear message or is read right.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  EmptyImportError,
  ImportCancelled,
  NotATrackerError,
  NotTextError,
  parseTableAsync,
  readImport,
} from "../../../../src/core/import";

const text = (name: string) => readFileSync(`tests/fixtures/imports/${name}`, "utf8");
const bytes = (b: Buffer | Uint8Array) => new Uint8Array(b);

describe("bad input", () => {
  it.each([
    [
      "UTF-16 with a byte order mark",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text("european-semicolon.csv"), "utf16le")]),
      "utf-16le",
    ],
    ["UTF-16 without one", Buffer.from(text("european-semicolon.csv"), "utf16le"), "utf-16le"],
    ["Latin-1", Buffer.from(text("european-semicolon.csv"), "latin1"), "windows-1252"],
    ["UTF-8 with a BOM", Buffer.from(`\uFEFF${text("european-semicolon.csv")}`), "utf-8"],
  ])("reads %s with its accents", (_, file, encoding) => {
    const preview = readImport(bytes(file), "UTC");
    expect(preview.encoding).toBe(encoding);
    expect(preview.applications.map((a) => a.company)).toEqual([
      "Müller Logistik GmbH",
      "Café Größe",
      "Société Générale",
    ]);
  });

  it("reads a semicolon-separated European export with day-first dates", () => {
    const preview = readImport(bytes(Buffer.from(text("european-semicolon.csv"))), "UTC");
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

  it("keeps formula cells as text (a HYPERLINK gives its label) and reports each", () => {
    const preview = readImport(bytes(Buffer.from(text("formulas.csv"))), "UTC");
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

  it("refuses a CSV that is not a tracker export, naming its columns", () => {
    expect(() => readImport(bytes(Buffer.from(text("not-a-tracker.csv"))), "UTC")).toThrow(NotATrackerError);
    expect(() => readImport(bytes(Buffer.from(text("not-a-tracker.csv"))), "UTC")).toThrow(
      "none of its columns (Date, Description, Amount, Balance) holds a company or a role",
    );
  });

  it("refuses a workbook, a binary file and an empty file with what to do", () => {
    expect(() => readImport(bytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), "UTC")).toThrow(
      /Save it as “CSV UTF-8”/,
    );
    expect(() =>
      readImport(
        bytes(
          Buffer.from([
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0x01, 0x02, 0x03, 0x04,
          ]),
        ),
        "UTC",
      ),
    ).toThrow(NotTextError);
    expect(() => readImport(bytes(Buffer.from("Company,Job Title\n")), "UTC")).toThrow(EmptyImportError);
  });

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
