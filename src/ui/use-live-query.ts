// Preact hook over Dexie's liveQuery: re-renders when any write (from any context) touches the
// data the query read. dexie-react-hooks targets React; this is its ten-line Preact equivalent.
import { liveQuery } from "dexie";
import { useEffect, useState } from "preact/hooks";

export type LiveState<T> =
  | { status: "loading" }
  | { status: "ready"; value: T }
  | { status: "error"; error: Error };

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: "loading" });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: "ready", value }),
      error: (error: unknown) =>
        setState({ status: "error", error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
