// Long work in slices. A step of the import is written once, as a generator that yields how far it
// has got (bytes decoded, rows read); it is run to the end at once (CLI, tests, small files) or in
// slices of a few tens of milliseconds with a pause between them, so the page that runs it keeps
// painting and answering clicks, reports its progress, and stops when the user cancels.

/** Yields how far it has got (out of a total the caller knows); returns its result. */
export type Steps<T> = Generator<number, T, void>;

export class ImportCancelled extends Error {
  override name = "ImportCancelled";
  constructor() {
    super("Import cancelled; nothing was changed.");
  }
}

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  signal?: AbortSignal;
  /** 0…1: how far / total, after each slice, and 1 at the end. */
  onProgress?: (fraction: number) => void;
  /** How long one slice may run before the pause; a frame is ~16 ms, a click feels instant under 100. */
  sliceMs?: number;
  /**
   * What to wait for between slices (default: `pause`). Inside an IndexedDB transaction, which
   * commits as soon as no request is pending, a cheap request instead keeps it open (db/import.ts).
   */
  pause?: () => Promise<unknown>;
}

/** A pause that lets the page handle input and paint (a macrotask, not a microtask). */
export const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `steps` in slices; rejects with ImportCancelled, at the next pause, once `signal` aborts. */
export async function runInSlices<T>(steps: Steps<T>, total: number, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? 40;
  const wait = options.pause ?? pause;
  for (;;) {
    if (options.signal?.aborted) throw new ImportCancelled();
    const end = performance.now() + sliceMs;
    let r = steps.next();
    // A step is one row (~25 µs) or one chunk of bytes; reading the clock costs well under 1 µs.
    while (!r.done && performance.now() < end) r = steps.next();
    if (r.done) {
      options.onProgress?.(1);
      return r.value;
    }
    options.onProgress?.(total > 0 ? Math.min(1, r.value / total) : 0);
    await wait();
  }
}
