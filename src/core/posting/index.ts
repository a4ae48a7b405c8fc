// Job-posting extraction: pure functions over a parsed Document and its URL.
import { BOARDS } from "./boards/index";
import { boardFor } from "./extract";
import { toUrl } from "./urls";

export { BOARDS } from "./boards/index";
export { UNSURE } from "./confidence";
export { extractPosting, isLikelyPostingPage, type ParsedUrl, parsePostingUrl } from "./extract";
export type { BoardAdapter, BoardUrl } from "./model";

/** Every board's manifest-style match patterns (for the job-board content script's `matches`). */
export const BOARD_MATCHES: readonly string[] = BOARDS.flatMap((b) => b.matches);

/** Cheap URL-only test: is this a page of a known board (or an embedded board)? */
export function looksLikeJobBoardUrl(input: string | URL): boolean {
  const url = toUrl(input);
  if (!url) return false;
  try {
    return !!boardFor(url);
  } catch {
    return false;
  }
}
