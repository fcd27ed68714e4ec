// Opening the app: one call, `system.start`, says whether the book is open and brings what the
// first screen shows (Today's first pages, the settings, system.info) — sent as soon as the entry
// module has run, not after React's first render. Separate calls were a chain (the open check
// first: the others fail with 503 on the recovery screen, and the browser logs each as an error)
// whose every link waited for a main thread still evaluating the bundle (issue 7). early.ts sends
// the same call even sooner; the client hands its answer to this one.
import { invoke } from './api/client';
import { todayParams } from './api/today-request';
import { useRecovery } from './stores/recovery';
import { useSettings } from './stores/settings';
import { useToday } from './stores/today';

export type BootResult = 'ready' | 'recovery';

/** The call early.ts makes too: the same parameters, so its answer is taken here. */
const startParams = (limits = useToday.getState().limits) => ({ today: todayParams(limits) });

function boot(): Promise<BootResult> {
  // The clock offset (settings store) is measured from here; a prefetched answer was asked for up
  // to a few hundred ms sooner, well inside the 5 s the offset ignores.
  const asked = Date.now();
  return invoke('system.start', startParams()).then((start) => {
    useRecovery.setState({ state: start.open });
    if (start.open.state === 'recovery') return 'recovery';
    useToday.getState().apply(start.today!);
    useSettings.getState().adopt(start.settings!, start.info!, asked);
    return 'ready';
  });
}

let early: Promise<BootResult> | null = null;

/** main.tsx, before the first render: the request leaves while React is still starting. */
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
