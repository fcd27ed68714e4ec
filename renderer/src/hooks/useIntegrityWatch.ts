// The book opens before its full quick_check has run (it takes seconds on a large book). While
// system.info says 'pending', ask again every few seconds: if the check finds damage, the backend
// closes the book and the next call fails with db-corrupt, which App turns into the recovery
// screen (api/client.ts onBookProblem). Stops as soon as the verdict is in.
import { useEffect } from 'react';
import { invoke } from '../api/client';
import { useSettings } from '../stores/settings';

const EVERY_MS = 3000;

export function useIntegrityWatch(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      invoke('system.info', {})
        .then((info) => {
          if (!stopped && info.integrity === 'pending') timer = setTimeout(ask, EVERY_MS);
        })
        .catch(() => undefined); // db-corrupt reaches App through onBookProblem; nothing else to do here
    };
    // The settings store asked system.info a moment ago at start: ask again only while the
    // verdict it brought is still pending (not a second request on the way to Today, issue 7).
    if (useSettings.getState().info?.integrity === 'pending') timer = setTimeout(ask, EVERY_MS);
    else if (!useSettings.getState().info) ask();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [active]);
}
