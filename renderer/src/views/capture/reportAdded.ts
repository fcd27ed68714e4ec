// What happened to the files the user gave: one notice per refused file (in words), and a
// count when several cards were added at once.
import type { Rejected } from '../../stores/capture';
import { notify, useToasts } from '../../stores/toasts';

export function reportAdded(added: number, rejected: Rejected[]): void {
  for (const r of rejected) {
    useToasts.getState().push({ tone: 'error', render: (i) => i.t(r.why === 'too-large' ? 'capture.tooLarge' : 'capture.unsupported', { name: r.name }) });
  }
  if (added > 1) notify((i) => i.t('capture.added', { count: added }));
}
