// A parse that pauses every few hundred records to say how far it is: written once as a
// generator, run straight through (runSync: the synchronous parsers, tests) or with the event
// loop free between steps (runAsync: the import job, whose progress bar and Cancel then work
// while a large file is read, and whose backend keeps answering other requests).

export interface Progress {
  done: number;
  total: number;
}

export type Steps<T> = Generator<Progress, T, void>;

/** Records parsed between two pauses: ~10–50 ms of work on this kind of machine. */
export const STEP = 500;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `onStep` may throw (a Cancel): the parse stops there and the error propagates. */
export async function runAsync<T>(steps: Steps<T>, onStep: (p: Progress) => Promise<void>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await onStep(r.value);
  }
}
