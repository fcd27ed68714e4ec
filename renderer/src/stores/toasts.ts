// Short notices at the bottom of the window. A toast keeps a render function rather than a
// string so it follows a language switch while it is on screen.
import { create } from 'zustand';
import type { I18n, MessageKey } from '../i18n';
import { errorText } from '../i18n/errors';
import { latestUndo, stackToasts, toastTimeout } from './toast-policy';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  render: (i18n: I18n) => string;
  action?: { label: MessageKey; run: () => void };
  /** ms; undefined keeps it until dismissed. */
  timeout: number;
}

interface ToastState {
  toasts: Toast[];
  push(t: Omit<Toast, 'id' | 'timeout'> & { timeout?: number }): number;
  dismiss(id: number): void;
}

let nextId = 1;

export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  push(t) {
    const id = nextId++;
    const timeout = t.timeout ?? toastTimeout(t);
    set((s) => ({ toasts: stackToasts(s.toasts, { ...t, id, timeout }) }));
    return id;
  },
  dismiss(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
}));

export const notify = (render: Toast['render'], action?: Toast['action']) =>
  useToasts.getState().push({ tone: 'success', render, ...(action ? { action } : {}) });

/** Ctrl+Z outside a text field: the Undo of the newest toast that offers one. False when none does. */
export function undoLatest(): boolean {
  const t = latestUndo(useToasts.getState().toasts);
  if (!t) return false;
  t.action!.run();
  useToasts.getState().dismiss(t.id);
  return true;
}

/** Report a failed action; the message is chosen per AppError code in the user's language. */
export const notifyError = (e: unknown) => {
  console.error(e);
  return useToasts.getState().push({ tone: 'error', render: (i18n) => errorText(e, i18n) });
};
