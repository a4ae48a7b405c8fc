// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ImportCancelled } from "../../../../src/core/import";
import { parseBackup } from "../../../../src/db/backup";
import type { DataActions } from "../../../../src/ui/options/data/actions";
import { DataPage } from "../../../../src/ui/options/data/DataPage";
import { button, byLabel, chooseFile, click, mount, settle, type, unmount } from "../mount";

const BACKUP = {
  format: "debrief-backup",
  version: 1,
  exportedAt: 1,
  tables: {
    applications: [
      {
        id: "a1",
        company: "Acme",
        title: "Analyst",
        companyDomains: [],
        status: "applied",
        source: "manual",
        createdAt: 1,
        updatedAt: 1,
        lastActivityAt: 1,
        archived: 0,
      },
    ],
    events: [],
    interviews: [],
    emails: [],
    reminders: [],
    settings: [{ key: "theme", value: "dark" }],
  },
};

function fakeActions(): DataActions {
  return {
    exportJson: vi.fn(async () => {}),
    exportCsv: vi.fn(async () => {}),
    exportCalendar: vi.fn(async () => 2),
    parseBackup,
    restoreBackup: vi.fn(async () => ({
      applications: 1,
      events: 0,
      interviews: 0,
      emails: 0,
      reminders: 0,
      settings: 1,
    })),
    importApplications: vi.fn(async (rows) => ({
      added: rows.length,
      updated: 0,
      unchanged: 0,
      repeated: 0,
    })),
    deleteEverything: vi.fn(async () => {}),
    undoImport: vi.fn(async () => ({ removed: 1, restored: 0 })),
  };
}

const UNDO = { at: 5, added: ["a1"], events: ["e1", "e2"], before: [] };

afterEach(unmount);

describe("restore a backup", () => {
  it("previews the counts, and replaces the data only once confirmed", async () => {
    const actions = fakeActions();
    const root = mount(<DataPage data={{ applications: 7 }} actions={actions} />);
    await chooseFile(byLabel(root, "Backup file (.json)"), "b.json", JSON.stringify(BACKUP));
    expect(root.textContent).toContain("b.json holds");
    expect([...root.querySelectorAll(".preview li")].map((li) => li.textContent)).toContain("1 applications");
    expect(root.textContent).toContain("replaces everything Debrief holds now (7 applications)");
    expect(actions.restoreBackup).not.toHaveBeenCalled();
    await click(button(root, "Replace my data with this backup"));
    expect(actions.restoreBackup).toHaveBeenCalledTimes(1);
    expect(root.textContent).toContain("Imported 1 applications");
  });

  it("shows what is wrong and where, and offers nothing to apply", async () => {
    const actions = fakeActions();
    const root = mount(<DataPage data={{ applications: 7 }} actions={actions} />);
    const broken = structuredClone(BACKUP) as { tables: { applications: Record<string, unknown>[] } };
    broken.tables.applications[0]!.createdAt = "yesterday";
    await chooseFile(byLabel(root, "Backup file (.json)"), "b.json", JSON.stringify(broken));
    const alert = root.querySelector("[role=alert]");
    expect(alert?.textContent).toContain("your data is unchanged");
    expect(alert?.textContent).toContain('applications[0].createdAt: expected a number, got "yesterday"');
    expect(root.textContent).not.toContain("Replace my data");
    expect(actions.restoreBackup).not.toHaveBeenCalled();
  });
});

describe("CSV import", () => {
  it("guesses the columns, lets the user change them, and imports the mapped rows", async () => {
    const actions = fakeActions();
    const root = mount(<DataPage data={{ applications: 0 }} actions={actions} />);
    const csv = "Company,Position,Status,Notes\r\nAcme,Analyst,Applied,Great team\r\nGlobex,Clerk,Offer,\r\n";
    await chooseFile(byLabel(root, "CSV file"), "sheet.csv", csv);
    expect(root.textContent).toContain("sheet.csv: 2 applications, read as a spreadsheet");
    const notes = byLabel<HTMLSelectElement>(root, "Notes");
    expect(notes.value).toBe("Notes");
    // The user decides the notes should not come along.
    await act(() => {
      notes.value = "";
      notes.dispatchEvent(new Event("change", { bubbles: true }));
    });
    // The rows are read again with the new matches (in slices, as a huge file would be).
    await settle();
    expect(root.textContent).toContain("Import 2 applications");
    await click(button(root, "Import 2 applications"));
    const rows = vi.mocked(actions.importApplications).mock.calls[0]![0];
    expect(rows.map(({ company, title, status, notes }) => ({ company, title, status, notes }))).toEqual([
      { company: "Acme", title: "Analyst", status: "applied", notes: undefined },
      { company: "Globex", title: "Clerk", status: "offer", notes: undefined },
    ]);
    expect(root.textContent).toContain("Added 2 applications");
  });

  it("offers to undo the import it just wrote, until it is undone; a refusal says why and changes nothing", async () => {
    const actions = fakeActions();
    vi.mocked(actions.importApplications).mockResolvedValue({
      added: 1,
      updated: 0,
      unchanged: 0,
      repeated: 0,
      undo: UNDO,
    });
    const root = mount(<DataPage data={{ applications: 0 }} actions={actions} />);
    await chooseFile(byLabel(root, "CSV file"), "sheet.csv", "Company,Position\r\nAcme,Analyst\r\n");
    await click(button(root, "Import 1 applications"));
    await settle();
    const statuses = () => [...root.querySelectorAll("[role=status]")].map((e) => e.textContent);
    expect(statuses()).toContain("Added 1 applications.");
    await click(button(root, "Undo this import"));
    await settle();
    expect(actions.undoImport).toHaveBeenCalledWith(UNDO);
    expect(statuses()).toContain("Import undone: removed the 1 applications it added.");
    expect(root.textContent).not.toContain("Undo this import");

    // Imported again, then something it wrote changed: the undo is refused, and not offered again.
    const { ImportUndoRefused } = await import("../../../../src/db/import-undo");
    vi.mocked(actions.undoImport).mockRejectedValueOnce(
      new ImportUndoRefused(
        "Not undone: 1 application this import wrote has changed since. Nothing was changed.",
      ),
    );
    await chooseFile(byLabel(root, "CSV file"), "sheet.csv", "Company,Position\r\nAcme,Analyst\r\n");
    await click(button(root, "Import 1 applications"));
    await settle();
    await click(button(root, "Undo this import"));
    await settle();
    expect(root.querySelector("[role=alert]")?.textContent).toBe(
      "Not undone: 1 application this import wrote has changed since. Nothing was changed.",
    );
    expect(root.textContent).not.toContain("Undo this import");
  });

  it("a write that fails says nothing was imported and keeps the preview; Cancel while writing says so too", async () => {
    const actions = fakeActions();
    vi.mocked(actions.importApplications).mockRejectedValueOnce(
      new DOMException("The quota has been exceeded.", "QuotaExceededError"),
    );
    const root = mount(<DataPage data={{ applications: 0 }} actions={actions} />);
    await chooseFile(byLabel(root, "CSV file"), "sheet.csv", "Company,Position\r\nAcme,Analyst\r\n");
    await click(button(root, "Import 1 applications"));
    await settle();
    expect(root.querySelector("[role=alert]")?.textContent).toBe(
      "Nothing was imported: Your browser is out of storage space for Debrief, so this was not saved. Free some disk space (or export a backup and delete old applications), then try again.",
    );
    // The same preview, to try again.
    expect(button(root, "Import 1 applications").disabled).toBe(false);

    // The write reports its progress on the page, and Cancel aborts it: the action rolls back.
    let progress: ((f: number) => void) | undefined;
    vi.mocked(actions.importApplications).mockImplementationOnce(
      (_rows, options) =>
        new Promise((_, reject) => {
          progress = options?.onProgress;
          options?.signal?.addEventListener("abort", () => reject(new ImportCancelled()));
        }),
    );
    await click(button(root, "Import 1 applications"));
    await act(() => progress?.(0.5));
    expect(root.querySelector("progress")?.getAttribute("aria-describedby")).toBe("import-stage");
    expect(root.textContent).toContain("Importing sheet.csv…");
    expect(root.textContent).toContain("50%");
    expect(root.textContent).toContain(
      "Saving 1 applications… Nothing is kept unless all of them are saved.",
    );
    await click(root.querySelector(".import-progress button") as HTMLButtonElement);
    await settle();
    const statuses = [...root.querySelectorAll("[role=status]")].map((e) => e.textContent);
    expect(statuses).toContain("Import cancelled; nothing was changed.");
    expect(root.querySelector("[role=alert]")).toBeNull();
    expect(button(root, "Import 1 applications").disabled).toBe(false);
  });

  it("refuses a file over the size limit with a clear message", async () => {
    const root = mount(<DataPage data={{ applications: 0 }} actions={fakeActions()} />);
    const input = byLabel<HTMLInputElement>(root, "CSV file");
    const big = new File(["x"], "huge.csv");
    Object.defineProperty(big, "size", { value: 60 * 1024 * 1024 });
    Object.defineProperty(input, "files", { value: [big], configurable: true });
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await click(root);
    expect(root.querySelector("[role=alert]")?.textContent).toBe(
      "huge.csv is 60 MB; files over 50 MB cannot be imported.",
    );
  });
});

describe("delete everything", () => {
  it("needs DELETE typed before it deletes, and offers a backup first", async () => {
    const actions = fakeActions();
    const root = mount(<DataPage data={{ applications: 3 }} actions={actions} />);
    await click(button(root, "Delete everything…"));
    expect(root.textContent).toContain("Delete all 3 applications");
    const confirm = button(root, "Delete everything permanently");
    expect(confirm.disabled).toBe(true);
    await click(button(root, "Download a backup first"));
    expect(actions.exportJson).toHaveBeenCalled();
    await type(byLabel(root, "Type DELETE to confirm"), "delete");
    expect(button(root, "Delete everything permanently").disabled).toBe(true);
    await type(byLabel(root, "Type DELETE to confirm"), "DELETE");
    await click(button(root, "Delete everything permanently"));
    expect(actions.deleteEverything).toHaveBeenCalledTimes(1);
    expect(root.textContent).toContain("Everything was deleted");
  });
});
