// Opening the app: whether the book is open, Today and the settings are asked for at once, and as
// soon as the entry module has run — not after React's first render, and not one after the other
// (issue 7: each round trip was time before Today could be painted). When the book turns out not
// to be open, the other two fail with the reason the recovery screen explains, so their errors
// are dropped then, never shown as toasts.
import { notifyError } from './stores/toasts';
import { useRecovery } from './stores/recovery';
import { useSettings } from './stores/settings';
import { useToday } from './stores/today';

export type BootResult = 'ready' | 'recovery';

function boot(): Promise<BootResult> {
  const open = useRecovery.getState().check();
  let todayFailure: { error: unknown } | null = null;
  const today = useToday.getState().load({ onError: (error) => { todayFailure = { error }; } });
  const settings = useSettings.getState().load();
  settings.catch(() => undefined); // read below once the book is known to be open
  return open.then(async (o) => {
    if (o.state === 'recovery') return 'recovery';
    await settings;
    void today.then(() => { if (todayFailure) notifyError(todayFailure.error); });
    return 'ready';
  });
}

let early: Promise<BootResult> | null = null;

/** main.tsx, before the first render: the requests leave while React is still starting. */
export function bootEarly(): void {
  early = boot();
  early.catch(() => undefined); // App reads it (takeBoot)
}

/** The boot started early, the first time; a fresh one afterwards (Retry, after a recovery). */
export function takeBoot(): Promise<BootResult> {
  const p = early ?? boot();
  early = null;
  return p;
}
