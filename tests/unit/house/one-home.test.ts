// One home for each fact: these facts are written in exactly one file, and every other file asks it.
import { describe, expect, it } from "vitest";
import { EXTENSION_FOLDERS, filesMatching, sourceFiles } from "./source-files";

const files = sourceFiles(...EXTENSION_FOLDERS);

describe("one home for each fact", () => {
  it("reads the extension's source (the walk finds the popup and the background)", () => {
    expect(files).toContain("popup/first-paint.ts");
    expect(files).toContain("src/background/handlers/job.ts");
  });

  it("builds the options page's addresses only in src/shared/pages.ts", () => {
    // The page's file name, or a quoted "#/view" link, written anywhere else is a second builder.
    expect(filesMatching(files, /options\.html|["'`]#\//)).toEqual(["src/shared/pages.ts"]);
  });
});
