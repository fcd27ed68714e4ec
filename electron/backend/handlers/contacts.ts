import type { contactsApi } from '../../../shared/contract/contacts.js';
import type { Handlers } from './types.js';

export const contactsHandlers: Handlers<typeof contactsApi> = {
  'contacts.add': (draft, s) => s.contacts.add(draft),
  'contacts.update': ({ id, draft }, s) => s.contacts.update(id, draft),
  'contacts.get': ({ id }, s) => s.contacts.get(id),
  'contacts.list': (q, s) => s.contacts.list(q),
  'contacts.search': (q, s) => s.contacts.search(q),
  'contacts.setStage': ({ id, stage, reason }, s) => s.contacts.setStage(id, stage, reason),
  'contacts.delete': ({ id }, s) => s.contacts.remove(id),
  'contacts.restore': ({ id }, s) => s.contacts.restore(id),
  'contacts.trash': (_, s) => s.contacts.trash(),
  'contacts.purge': ({ id }, s) => s.contacts.purge(id),
  'tags.list': (_, s) => s.contacts.tags(),
};
