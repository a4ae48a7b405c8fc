// The key two rows share when they name the same job at the same employer: company and role, compared
// ignoring case and spacing ("Acme  Analytics" and "acme analytics" are one company). The one rule both
// a Teal events export's grouping (core/import/formats/teal-events.ts) and a later import's matching
// (db/import-match.ts) follow, so a re-import finds each application the first one made.

const norm = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

/** One key per company and role, whatever their case and spacing. */
export const jobKey = (job: { company: string; title: string }) =>
  `${norm(job.company)}\u0000${norm(job.title)}`;
