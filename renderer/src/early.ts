// The start's one request (`system.start`, see boot.ts), sent by an entry module of its own that
// vite.config.ts adds to index.html as an async script: it is a couple of kB, so it runs while the
// browser is still compiling and evaluating the app's bundle (~100–400 ms on this machine), and
// the answer is back or on its way by the time the app asks. The client hands it to the app's
// identical call (client.ts prefetch); this file decides nothing.
import { prefetch } from './api/client';
import { firstLimits, todayParams } from './api/today-request';

prefetch('system.start', { today: todayParams(firstLimits()) });
