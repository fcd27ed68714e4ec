// Opening the app: whether the book is open, then Today and the settings together, as soon as
// the entry module has run — not after React's first render (issue 7: that wait was time before
// Today could be painted). Today and the settings wait for the open check's one loopback round
// trip (a few ms): sent beside it, they failed with 503 whenever the book was not open (the
// recovery screen), and the browser logs every failed request as an error.
import { useRecovery } from './stores/recovery';
import { useSettings } from './stores/settings';
import { useToday } from './stores/today';

export type BootResult = 'ready' | 'recovery';

function boot(): Promise<BootResult> {
  return useRecovery.getState().check().then(async (o) => {
    if (o.state === 'recovery') return 'recovery';
    void useToday.getState().load();
    await useSettings.getState().load();
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
