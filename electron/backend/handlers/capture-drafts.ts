import type { captureDraftsApi } from '../../../shared/contract/capture-drafts.js';
import type { Handlers } from './types.js';

export const captureDraftsHandlers: Handlers<typeof captureDraftsApi> = {
  'capture.drafts.list': (_input, s) => s.captureDrafts.list(),
  'capture.drafts.save': (input, s) => s.captureDrafts.save(input),
  'capture.drafts.remove': ({ ids }, s) => s.captureDrafts.remove(ids),
};
