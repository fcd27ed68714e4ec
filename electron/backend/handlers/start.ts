import type { startApi } from '../../../shared/contract/start.js';
import { systemHandlers } from './system.js';
import { touchesHandlers } from './touches.js';
import type { Handlers } from './types.js';

// An open book answers the start with the very handlers the separate calls use (the recovery
// session answers it with the open state alone: recovery/session.ts).
export const startHandlers: Handlers<typeof startApi> = {
  'system.start': async ({ today }, s) => ({
    open: { state: 'ok' },
    today: await touchesHandlers['today.get'](today, s),
    settings: await systemHandlers['settings.get']({}, s),
    info: await systemHandlers['system.info']({}, s),
  }),
};
