// The key two rows share when they name the same job at the same employer: company and role, compared
// by their words, whatever the case, spacing or punctuation between them ("Acme  Analytics" is
// "acme analytics"; a real sheet writes one role "Senior BI Analyst — Product" and later "Senior BI
// Analyst (Product)"). "+" and "#" count as letters, so "C++ Developer" is not "C Developer". The
// one rule both a Teal events export's grouping (core/import/formats/teal-events.ts) and a later
// import's matching (db/import-match.ts) follow, so a re-import finds each application the first made.

const norm = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? []).join(" ");

/** One key per company and role, whatever their case, spacing and punctuation. */
export const jobKey = (job: { company: string; title: string }) =>
  `${norm(job.company)}\u0000${norm(job.title)}`;
