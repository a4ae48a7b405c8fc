// The tokeniser's one-scan ASCII path gives the tokens the unicode regex gives.
import { describe, expect, it } from "vitest";
import { words } from "../../../../src/core/email/text";

/** The regex tokeniser words() had before its ASCII scan: the oracle. */
function byRegex(text: string): string[] {
  const stem = (w: string) =>
    w.length <= 3 ? w : /ies$/.test(w) ? w.replace(/ies$/, "y") : w.replace(/([^s])s$/, "$1");
  return [...text.toLowerCase().matchAll(/\p{L}[\p{L}']*\p{L}|\p{L}|\d+/gu)].map((m) =>
    /^\d/.test(m[0]) ? "#" : stem(m[0].replace(/'s$/, "").replace(/'/g, "")),
  );
}

describe("words", () => {
  it("reads ASCII text as the regex does: apostrophes, digits, plurals, edges", () => {
    const cases = [
      "",
      "It's the team's job, isn't it? Applicants' CVs: 3 roles, 12 classes, 1 companies' studies.",
      "o' 'a' x''y abc123def 4ever rock'n'roll dogs' ''",
      "ASSESSMENT-CENTRE, e-mail; Re:Fwd: [#42] 2024-05-01",
    ];
    let seed = 7;
    const alphabet = "abcsiez'S 09.-\n";
    for (let n = 0; n < 300; n++) {
      let s = "";
      for (let i = 0; i < 30; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        s += alphabet[seed % alphabet.length];
      }
      cases.push(s);
    }
    for (const text of cases) expect(words(text), JSON.stringify(text)).toEqual(byRegex(text));
  });

  it("folds accents and turns links into their host's name", () => {
    expect(words("Ihre Bewerbung für Größe")).toEqual(["ihre", "bewerbung", "fur", "grosse"]);
    expect(words("see https://jobs.example.com/x?y=1 now")).toEqual(["see", "zzurl", "zzurlexample", "now"]);
  });
});
