// Polls `read` every 100 ms until `ok` holds (at most `tries` times), then returns the last value read,
// so the test's own assertion says what was expected when it never came.
export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, tries = 100): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}
