// An undo toast for destructive actions (archive, delete): the action happens at once, and the toast
// offers to take it back for a few seconds. Safer than a confirm dialog, and never in the way.
// The live region is always rendered so screen readers announce the message when it appears.
import type { ComponentChild } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";

export const UNDO_TIMEOUT_MS = 10_000;

interface Toast {
  key: number;
  message: string;
  undo?: () => Promise<void> | void;
  error?: boolean;
}

export interface UndoToast {
  /** Shows `message` with an Undo button that runs `undo`. */
  show(message: string, undo?: () => Promise<void> | void): void;
  /** Shows an error in the same place (role=alert). */
  fail(message: string): void;
  /** Render this once in the view. */
  element: ComponentChild;
}

export function useUndoToast(timeoutMs = UNDO_TIMEOUT_MS): UndoToast {
  const [toast, setToast] = useState<Toast | null>(null);
  const counter = useRef(0);
  const show = useCallback((message: string, undo?: Toast["undo"]) => {
    setToast({ key: ++counter.current, message, undo });
  }, []);
  const fail = useCallback((message: string) => {
    setToast({ key: ++counter.current, message, error: true });
  }, []);
  useEffect(() => {
    if (!toast || toast.error) return;
    const timer = setTimeout(() => setToast((t) => (t === toast ? null : t)), timeoutMs);
    return () => clearTimeout(timer);
  }, [toast, timeoutMs]);

  const onUndo = async () => {
    if (!toast?.undo) return;
    const { undo } = toast;
    setToast(null);
    try {
      await undo();
      setToast({ key: ++counter.current, message: "Undone." });
    } catch (error) {
      setToast({ key: ++counter.current, message: `Could not undo: ${errorText(error)}`, error: true });
    }
  };

  const element = (
    <div class="toast-region">
      <div role="status" aria-live="polite">
        {toast && !toast.error && (
          <div class="toast" key={toast.key}>
            <span>{toast.message}</span>
            {toast.undo && (
              <button type="button" onClick={onUndo}>
                Undo
              </button>
            )}
            <button type="button" class="toast-close" aria-label="Dismiss" onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        )}
      </div>
      <div role="alert">
        {toast?.error && (
          <div class="toast toast-error" key={toast.key}>
            <span>{toast.message}</span>
            <button type="button" class="toast-close" aria-label="Dismiss" onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </div>
  );
  return { show, fail, element };
}

export function errorText(error: unknown): string {
  if (isQuotaError(error)) return QUOTA_TEXT;
  return error instanceof Error ? error.message : String(error);
}

/** A full disk or storage quota, said plainly with what to do (the browser's wording is not). */
export const QUOTA_TEXT =
  "Your browser is out of storage space for Debrief, so this was not saved. Free some disk space (or export a backup and delete old applications), then try again.";

/** Dexie wraps the DOMException (and a transaction aborted by it) as `inner`; look down the chain. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: unknown; inner?: unknown } | null, depth = 0; e && depth < 5; depth++) {
    if (e.name === "QuotaExceededError") return true;
    e = e.inner as typeof e;
  }
  return false;
}
