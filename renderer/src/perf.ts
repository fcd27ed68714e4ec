// Performance marks that `npm run bench` reads from Chromium (issue 7): how long until Today is
// painted after navigation, and how long from the last search keystroke to its results on screen.
// Marks cost microseconds and stay inside the page; nothing is sent anywhere.

export const MARKS = {
  todayPainted: 'inyeon:today-painted',
  searchInput: 'inyeon:search-input',
  searchResults: 'inyeon:search-results',
} as const;

/**
 * Mark `name` once the current update is on screen: a requestAnimationFrame callback runs just
 * before the next paint, and a task queued from it runs just after that paint.
 */
export function markAfterPaint(name: string, measureFrom?: string): void {
  afterNextPaint(() => {
    mark(name);
    performance.clearMeasures(name);
    if (measureFrom && performance.getEntriesByName(measureFrom, 'mark').length > 0) performance.measure(name, measureFrom, name);
  });
}

/**
 * Run `fn` once the current update is on screen (same timing as `markAfterPaint`). For work the
 * screen being painted does not need — prefetching other screens, secondary panels, the
 * sidebar's counts — so it never delays that paint.
 */
export function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Only the latest mark of a name is kept, so a day of typing does not pile up entries. */
export function mark(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}

const marked = new Set<string>();

/** `markAfterPaint(name)` the first time only: a screen shown again is not the app starting. */
export function markOnce(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  markAfterPaint(name);
}
