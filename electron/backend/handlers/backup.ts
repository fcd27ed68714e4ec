import type { backupApi } from '../../../shared/contract/backup.js';
import type { Handlers } from './types.js';

export const backupHandlers: Handlers<typeof backupApi> = {
  'backup.create': (_, s) => s.backup.create('manual'),
  'backup.list': (_, s) => s.backup.list(),
  'backup.preview': ({ file }, s) => s.backup.preview(file),
  'backup.restore': ({ file }, s) => s.backup.restore(file),
  'export.contacts': ({ format, vcardVersion }, s) => s.backup.exportContacts(format, vcardVersion),
};
