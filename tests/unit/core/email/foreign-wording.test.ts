// Issue #12 item 6: German, French and Spanish job mail from a company nobody tracks is not left
// alone. On real dev mail in those languages (tests/fixtures/emails/real/dev.jsonl; sources in its
// MANIFEST.md), the content scripts' prefilter lets it through and the phrase rules, without the
// model, put the mail's own category first: the most common rejection, invitation and receipt
// wording. How the whole classifier does on such mail it was not trained on is measured, not tested:
// node scripts/run-ts.mjs src/cli/eval-emails-foreign.ts (leave one source out).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { APPLICATION_CATEGORIES } from "../../../../src/core/email/categories";
import { FOREIGN_SHARE } from "../../../../src/core/email/classify";
import { parseEmailLines } from "../../../../src/core/email/jsonl";
import { isJobRelated } from "../../../../src/core/email/prefilter";
import { prepare } from "../../../../src/core/email/prepare";
import { ruleScores } from "../../../../src/core/email/rule-scores";

const dev = new Map(
  parseEmailLines(readFileSync("tests/fixtures/emails/real/dev.jsonl", "utf8")).rows.map((r) => [
    r.row.id,
    r.row,
  ]),
);

/** Real emails by language and kind: [id, what its wording is]. */
const EXAMPLES: Record<string, [string, string][]> = {
  "French rejection": [
    ["immersion-facile-004", "nous ne souhaitons pas donner suite à votre candidature"],
    ["odoo-recruitment-i18n-002", "a évalué votre candidature et ne l'a pas retenue"],
  ],
  "French receipt": [
    ["immersion-facile-000", "votre candidature … a bien été transmise"],
    ["odoo-recruitment-i18n-000", "nous avons bien reçu votre candidature"],
    ["froiden-recruit-009", "Candidature reçue"],
  ],
  "French invitation": [
    ["froiden-recruit-007", "Entretien programmé"],
    ["odoo-recruitment-i18n-001", "sélectionnée pour un appel ou un entretien"],
  ],
  "German rejection": [
    [
      "recruiting-playbook-001",
      "müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidaten entschieden haben",
    ],
    ["pastebin-employer-replies-003", "Leider konnten wir Ihre Bewerbung nicht in die engere Wahl ziehen"],
    [
      "teach-match-002",
      "Leider müssen wir Dir mitteilen, dass die Position bereits anderweitig besetzt wurde",
    ],
  ],
  "German receipt": [
    ["teach-match-000", "Vielen Dank für Deine Bewerbung! Wir haben sie erhalten"],
    ["pastebin-employer-replies-002", "Ihre Unterlagen haben wir erhalten"],
    ["recruiting-playbook-000", "Wir haben Ihre Unterlagen erhalten"],
  ],
  "German invitation": [
    ["recruiting-playbook-002", "Einladung zum Vorstellungsgespräch"],
    [
      "odoo-recruitment-i18n-005",
      "in die engere Wahl für einen Anruf oder ein persönliches Vorstellungsgespräch",
    ],
  ],
  "Spanish rejection": [
    ["fiuba-laboral-002", "tu postulación … ha sido rechazada"],
    ["odoo-recruitment-i18n-010", "revisó su solicitud y no la seleccionó"],
  ],
  "Spanish receipt": [
    ["fiuba-laboral-001", "tu postulación … será revisada"],
    ["folderit-rrhh-000", "Postulación recibida"],
    ["odoo-recruitment-i18n-008", "hemos recibido su solicitud"],
  ],
  "Spanish invitation": [["odoo-recruitment-i18n-009", "seleccionada para una llamada o una entrevista"]],
};

const LABEL: Record<string, string> = { rejection: "rejected", receipt: "applied", invitation: "interview" };

describe("German, French and Spanish job mail (real dev examples)", () => {
  for (const [kind, examples] of Object.entries(EXAMPLES)) {
    it.each(examples)(`${kind}: %s (%s)`, (id) => {
      const email = dev.get(id);
      expect(email, id).toBeDefined();
      if (!email) return;
      const want = LABEL[kind.split(" ")[1] ?? ""];
      expect(email.label).toBe(want);
      const p = prepare(email);
      // Mostly in that language by the classifier's own measure (folderit's receipt has an English subject).
      expect(p.foreignShare).toBeGreaterThan(0.1);
      expect(isJobRelated(email)).toBe(true);
      const { scores, hits } = ruleScores(p);
      const top = [...APPLICATION_CATEGORIES].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0))[0];
      expect(top, hits.map((h) => `${h.cat} ${h.w}: ${h.say}`).join(" | ")).toBe(want);
      expect(scores.get(want as (typeof APPLICATION_CATEGORIES)[number]) ?? 0).toBeGreaterThanOrEqual(3);
    });
  }

  it("lets all but a few of the dev job mail in those languages through the prefilter", () => {
    const foreign = [...dev.values()].filter(
      (e) => e.label !== "other" && prepare(e).foreignShare >= FOREIGN_SHARE,
    );
    const missed = foreign.filter((e) => !isJobRelated(e)).map((e) => e.id);
    expect(foreign.length).toBeGreaterThan(100);
    expect(missed.length).toBeLessThanOrEqual(3);
  });
});
