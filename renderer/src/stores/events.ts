// "The data changed": mutations announce what they touched, and every store that shows that
// data reloads itself. Keeps stores independent of each other (no store imports another to
// refresh it) while guaranteeing views are fresh after every write.
export type Topic = 'contacts' | 'touches' | 'settings' | 'sample' | 'trash';

type Listener = (topic: Topic) => void;
const listeners = new Set<Listener>();

export function onDataChanged(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function dataChanged(topic: Topic): void {
  for (const fn of listeners) fn(topic);
}
