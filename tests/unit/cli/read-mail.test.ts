// `npm run read-mail`: the messages a reader finds on a saved page, as a JSON array; [] for none; a
// usage message and exit code 2 for bad arguments.
import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  spawnSync("node", ["scripts/run-ts.mjs", "src/cli/read-mail.ts", ...args], { encoding: "utf8" });

describe("read-mail", () => {
  it("prints the opened Gmail messages with the seven fields, oldest first", () => {
    const out = execFileSync(
      "node",
      [
        "scripts/run-ts.mjs",
        "src/cli/read-mail.ts",
        "--url",
        "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVXnWpLkMrTsQzHvBnJdLgk",
        "tests/fixtures/webmail/written/gmail/thread-2023-root-sent-reply.html",
      ],
      { encoding: "utf8" },
    );
    const messages = JSON.parse(out) as Record<string, unknown>[];
    expect(messages.map((m) => Object.keys(m))).toEqual([
      ["provider", "messageId", "fromName", "fromAddress", "subject", "date", "body"],
      ["provider", "messageId", "fromName", "fromAddress", "subject", "date", "body"],
    ]);
    expect(messages[0]).toMatchObject({
      messageId: "18a41665ecb473a3",
      fromAddress: "mei.chen@fabrikam.com",
    });
  }, 30_000);

  it("prints [] for a page with no open message", () => {
    const r = run(
      "--url",
      "https://mail.google.com/mail/u/0/#inbox",
      "tests/fixtures/webmail/real/gmail/inboxsdk-2014-thread-list.html",
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  }, 30_000);

  it("explains bad arguments", () => {
    const r = run("--url", "https://example.com/", "page.html");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no reader for example\.com/);
    expect(run("page.html").stderr).toMatch(/missing --url/);
  }, 30_000);
});
