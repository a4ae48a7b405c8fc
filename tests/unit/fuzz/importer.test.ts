// Fuzz: the importers (tracker CSVs, Debrief JSON backups) take damaged and random files without
// throwing anything but their own readable errors, and finish on 10 MB files.
import { describe, expect, it } from "vitest";
import { EmptyImportError, NotATrackerError, NotTextError, readImport } from "../../../src/core/import";
import { BackupError, parseBackup } from "../../../src/db/backup";
import { HANG_TIMEOUT } from "../limits";
import { big, HOSTILE, int, mutate, pick, randomText, randomValue, rng } from "./gen";

const CSV = [
  "Job Position,Company,Status,Location,URL,Date Saved,Date Applied,Notes",
  "Data Analyst,Acme Analytics,Applied,Remote,https://acme.example/jobs/1,2025-02-01,2025-02-03,",
  'Clerk,"=HYPERLINK(""http://evil.example"",""click"")",Not Selected,,,2025-02-02,2025-02-04,"multi\nline"',
  "Nurse,Riverbend Health,Interviewing,Seattle,,2025-02-05,2025-02-06,<script>x</script>",
].join("\r\n");

const BACKUP = JSON.stringify({
  format: "debrief-backup",
  version: 1,
  exportedAt: 1735689600000,
  tables: {
    applications: [
      {
        id: "a1",
        company: "Acme",
        title: "Nurse",
        companyDomains: ["acme.com"],
        status: "applied",
        source: "manual",
        createdAt: 1,
        updatedAt: 1,
        lastActivityAt: 1,
        archived: 0,
      },
    ],
    events: [{ id: "e1", applicationId: "a1", at: 1, kind: "note", text: "hi" }],
    interviews: [],
    emails: [],
    reminders: [],
    settings: [{ key: "theme", value: "dark" }],
  },
});

function importCsv(text: string): void {
  let preview: ReturnType<typeof readImport>;
  try {
    preview = readImport(new TextEncoder().encode(text), "UTC");
  } catch (error) {
    // Only its own readable refusals.
    if ([EmptyImportError, NotATrackerError, NotTextError].some((E) => error instanceof E)) return;
    throw error;
  }
  expect(Array.isArray(preview.problems)).toBe(true);
  for (const app of preview.applications) {
    expect(typeof app.company).toBe("string");
    expect(typeof app.title).toBe("string");
    expect(app.company || app.title).toBeTruthy();
  }
}

function importBackup(text: string): void {
  try {
    parseBackup(text);
  } catch (error) {
    // Its own error, with readable problems: anything else is a bug.
    expect(error).toBeInstanceOf(BackupError);
  }
}

describe("fuzz: importers", { timeout: HANG_TIMEOUT }, () => {
  it("CSV: 2,000 mutated and random files", () => {
    const r = rng(31);
    for (let i = 0; i < 2000; i++) {
      importCsv(
        r() < 0.7
          ? mutate(r, CSV, 1 + int(r, 8))
          : Array.from({ length: int(r, 8) }, () =>
              Array.from({ length: int(r, 8) }, () => (r() < 0.2 ? pick(r, HOSTILE) : randomText(r, 5))).join(
                ",",
              ),
            ).join(pick(r, ["\n", "\r\n", "\r"])),
      );
    }
  });

  it("JSON backup: 2,000 mutated and random files", () => {
    const r = rng(32);
    for (let i = 0; i < 2000; i++) {
      const roll = r();
      const text =
        roll < 0.6
          ? mutate(r, BACKUP, 1 + int(r, 5))
          : roll < 0.9
            ? JSON.stringify({ format: "debrief-backup", version: 1, exportedAt: 1, tables: randomValue(r) })
            : (JSON.stringify(randomValue(r)) ?? "");
      importBackup(text);
    }
  });

  it("finishes on 10 MB files", () => {
    importCsv(`Company,Job Position\n${big(`Acme ${"x".repeat(120)},Analyst ${"y".repeat(120)}\n`)}`);
    importCsv(big('"unterminated,'));
    importBackup(big("["));
    const many = JSON.parse(BACKUP);
    // 10 MB as 2,000 long notes (a backup with 100,000 short rows takes valibot ~10 s here: see bench).
    many.tables.events = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`,
      applicationId: "a1",
      at: i,
      kind: "note",
      text: "<script>x</script> ".repeat(280),
    }));
    importBackup(JSON.stringify(many));
  });
});
