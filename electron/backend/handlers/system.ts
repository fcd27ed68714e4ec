import type { systemApi } from '../../../shared/contract/system.js';
import type { Handlers } from './types.js';

export const systemHandlers: Handlers<typeof systemApi> = {
  'system.info': (_, s) => s.system.info(),
  'settings.get': (_, s) => s.settings.get(),
  'settings.update': (patch, s) => s.settings.update(patch),
  'sample.load': ({ count, language }, s) => s.sample.load(count, language),
  'sample.remove': (_, s) => s.sample.remove(),
};
