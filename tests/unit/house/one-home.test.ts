// One home for each fact: these facts are written in exactly one file, and every other file asks it.
import { describe, expect, it } from "vitest";
import { hostKind } from "../../../src/core/email/domains";
import { BOARDS } from "../../../src/core/posting/boards";
import { isNotCompanyHost, NOT_COMPANY_HOSTS } from "../../../src/core/posting/domains";
import { PROVIDER_ORIGINS, providerOf } from "../../../src/core/webmail-providers";
import { EXTENSION_FOLDERS, filesMatching, readSource, sourceFiles } from "./source-files";

const files = sourceFiles(...EXTENSION_FOLDERS);

describe("one home for each fact", () => {
  it("reads the extension's source (the walk finds the popup and the background)", () => {
    expect(files).toContain("popup/first-paint.ts");
    expect(files).toContain("src/background/handlers/job.ts");
  });

  it("turns HTML into text only in src/core/html-text.ts, and cuts quoted mail only in core/email/quoted.ts", () => {
    // A table of block elements, or a regex for <br>, is a second HTML-to-text routine; a second list
    // of quote markers is a second quote cutter.
    expect(filesMatching(files, /"BLOCKQUOTE"|<br\\s/)).toEqual(["src/core/html-text.ts"]);
    expect(filesMatching(files, /Original Message/)).toEqual(["src/core/email/quoted.ts"]);
  });

  it("builds the options page's addresses only in src/shared/pages.ts", () => {
    // The page's file name, or a quoted "#/view" link, written anywhere else is a second builder.
    expect(filesMatching(files, /options\.html|["'`]#\//)).toEqual(["src/shared/pages.ts"]);
  });

  it("words the statuses and the event kinds only in src/core/labels.ts", () => {
    // A table's tell-tale entry: a short word for "ghosted" or for "followup-done" (a longer sentence,
    // such as the next-step hint for a quiet application, is advice, not a label).
    expect(filesMatching(files, /\bghosted:\s*"[^"]{1,24}"/)).toEqual(["src/core/labels.ts"]);
    expect(filesMatching(files, /"followup-done":\s*"[^"]{1,24}"/)).toEqual(["src/core/labels.ts"]);
  });

  it("words the email categories only in src/core/email/categories.ts", () => {
    expect(filesMatching(files, /\bjob_alert:\s*"/)).toEqual(["src/core/email/categories.ts"]);
    // Turning a category's id into words ("job_alert" → "job alert") is a second table.
    expect(filesMatching(files, /category\.replace\(/)).toEqual([]);
  });

  it("lists the webmail hosts only in src/core/webmail-providers.ts, and the manifest agrees", () => {
    // A quoted host, or a host pattern: core/email/service-domains.ts has outlook.office365.com as a place
    // meeting links point to, a different fact.
    const host =
      /["'`](?:https:\/\/)?(?:mail\.google\.com|outlook\.(?:live|office|office365)\.com)(?:\/\*)?["'`]/;
    expect(filesMatching(files, host)).toEqual([
      "src/core/email/service-domains.ts",
      "src/core/webmail-providers.ts",
    ]);
    const manifest = JSON.parse(readSource("manifest.json")) as { optional_host_permissions: string[] };
    expect([...manifest.optional_host_permissions].sort()).toEqual(
      Object.values(PROVIDER_ORIGINS).flat().sort(),
    );
    expect(providerOf("https://outlook.office365.com/mail/inbox")).toBe("outlook");
    expect(providerOf("https://mail.google.com.example.net/")).toBeUndefined();
  });

  it("builds a posting's lookup key only in src/core/posting/key.ts", () => {
    // A second "canonical address, else the page's" next to a board and posting id is a second key.
    expect(filesMatching(files, /canonicalUrl \?\? (?:\w+\.)?\w*[uU]rl\b/)).toEqual([
      "src/core/posting/key.ts",
    ]);
  });

  describe("ATS and job-board domains: one list, core/email/service-domains.ts", () => {
    const adapterHosts = BOARDS.flatMap((b) =>
      b.matches.map((m) => ({ board: b.id, host: new URL(m.replace("*.", "")).hostname })),
    );

    it("holds every board adapter's hosts, as an ATS or a job board", () => {
      expect(adapterHosts.length).toBeGreaterThan(20);
      const unknown = adapterHosts.filter(({ host }) => !["ats", "board"].includes(hostKind(host) ?? ""));
      expect(unknown).toEqual([]);
    });

    it("so the posting extractor never takes a board's host for the employer's", () => {
      expect(adapterHosts.filter(({ host }) => !isNotCompanyHost(host))).toEqual([]);
    });

    it("is not repeated in the extractor's own list of social and link hosts", () => {
      expect(NOT_COMPANY_HOSTS.filter((h) => hostKind(h) !== undefined)).toEqual([]);
    });
  });
});
