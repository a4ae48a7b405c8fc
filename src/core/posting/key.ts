// What a job read from a page is known by, wherever it is looked up: the saved application for it
// (db), the popup's suggestion, the panel's lookup and the panel's "is this still the same job?".

import type { JobPosting } from "../types";

export interface PostingKey {
  board?: string;
  postingId?: string;
  url?: string;
}

/** The board's posting id when it has one, and the posting's canonical address (else the page's). */
export function postingKey(posting: JobPosting, pageUrl: string): PostingKey & { url: string } {
  const key: PostingKey & { url: string } = { url: posting.canonicalUrl ?? pageUrl };
  if (posting.board) key.board = posting.board;
  if (posting.postingId) key.postingId = posting.postingId;
  return key;
}

/** One string per posting: board and id when both are known, else the address. */
export function postingIdentity(key: PostingKey & { url: string }): string {
  return key.board && key.postingId ? `${key.board}:${key.postingId}` : key.url;
}
