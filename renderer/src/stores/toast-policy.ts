// How long a toast stays and how many stack up; no imports, so it is testable on its own.

/** More than three toasts stack up over the buttons below them; the oldest go first. */
export const MAX_VISIBLE = 3;
/** Long enough to read a line; an Undo (or an error) stays longer, since acting on it takes a decision. */
export const TOAST_MS = 5000;
export const UNDO_TOAST_MS = 10_000;

export const toastTimeout = (t: { action?: unknown; tone: string }): number => (t.action || t.tone === 'error' ? UNDO_TOAST_MS : TOAST_MS);

/** The toast Ctrl+Z answers: the newest one still on screen that offers Undo. */
export const latestUndo = <T extends { action?: { label: string } }>(shown: readonly T[]): T | undefined =>
  [...shown].reverse().find((t) => t.action?.label === 'common.undo');

/** The stack after `next` arrives: the newest MAX_VISIBLE. */
export const stackToasts = <T>(shown: readonly T[], next: T): T[] => [...shown, next].slice(-MAX_VISIBLE);
