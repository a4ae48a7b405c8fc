// Whether two locations, as trackers and boards write them, are one place: "Amsterdam" and
// "Amsterdam, North Holland, Netherlands" are; "Berlin" and "Stockholm", or "Remote" and "Cologne,
// Germany", are not. Used to tell two postings of one role apart (core/import, db/import-match).

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * "Amsterdam" for "Amsterdam, North Holland, Netherlands": the place before any region or country.
 * A note in brackets is no part of the place: "Denver CO (Hybrid 3 days)" is Denver CO, as a real
 * sheet writes one job's place once "(verify hybrid)" and later "(Hybrid 3 days)".
 */
const placeOf = (location: string) => words(withoutNotes(location).split(",")[0] ?? "");

const withoutNotes = (location: string) => location.replace(/\([^)]*\)/g, " ");

/** The same place, written more or less fully: one's first part ("New York" of "New York, NY") is among the other's words. */
export function samePlace(a: string, b: string): boolean {
  const within = (place: string[], other: string) => {
    const all = new Set(words(withoutNotes(other)));
    return place.length > 0 && place.every((w) => all.has(w));
  };
  return within(placeOf(a), b) || within(placeOf(b), a);
}
