// Opening the app: one call, `system.start`, says whether the book is open and brings what the
// first screen shows (Today's first pages, the settings, system.info) — sent as soon as the entry
// module has run, not after React's first render. Separate calls were a chain (the open check
// first: the others fail with 503 on the recovery screen, and the browser logs each as an error)
// whose every link waited for a main thread still evaluating the bundle (issue 7). early.ts sends
// the same call even sooner; the client hands its answer to this one.
import { isAppError } from '../../shared/errors';
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
  return invoke('system.start', startParams()).then((start): BootResult => {
    useRecovery.setState({ state: start.open });
    if (start.open.state === 'recovery') return 'recovery';
    useToday.getState().apply(start.today!);
    useSettings.getState().adopt(start.settings!, start.info!, asked);
    return 'ready';
  }, async (e: unknown): Promise<BootResult> => {
    // A book that opened but is damaged where the start reads it (a garbled page): the
    // background quick_check, a moment later, turns the backend to its recovery state — the
    // recovery screen then, as for damage found later. (The client tells App's listener too, but
    // an early request's answer can arrive before App listens.)
    if (isAppError(e) && e.code === 'db-corrupt') {
      for (let n = 0; n < RECOVERY_POLLS; n++) {
        if ((await useRecovery.getState().check()).state === 'recovery') return 'recovery';
        await new Promise((r) => setTimeout(r, RECOVERY_POLL_MS));
      }
    }
    throw e;
  });
}

/** How long a start that met damage waits for the backend's verdict: 10 × 0.3 s. */
const RECOVERY_POLLS = 10;
const RECOVERY_POLL_MS = 300;

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
