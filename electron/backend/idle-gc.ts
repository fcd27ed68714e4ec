// A whole-book job (an export of 100k contacts) leaves tens of MB of garbage in V8's old space:
// each page of rows lives long enough to be promoted, and nothing in a backend that then sits idle
// makes V8 run a full collection. Measured at 100k: heap used 122 MB after the three exports, 21 MB
// after one collection, and RSS ~75 MB lower. So such a job asks for one collection once the
// backend has been idle for a moment — after its answer is sent, never in the middle of a request.
//
// Node exposes gc() only under --expose-gc; setting the flag at run time and taking gc from a new
// context is how jest's leak detector does it. Where that is unavailable, this does nothing.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const IDLE_MS = 1_000;

let gc: (() => void) | null | undefined;
let timer: NodeJS.Timeout | null = null;

function collector(): (() => void) | null {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  return gc;
}

/** One full collection after IDLE_MS without another request for it; never keeps the process alive. */
export function collectWhenIdle(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    collector()?.();
  }, IDLE_MS);
  timer.unref();
}
