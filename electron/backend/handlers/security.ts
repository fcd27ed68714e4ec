import type { securityApi } from '../../../shared/contract/security.js';
import type { Handlers } from './types.js';

export const securityHandlers: Handlers<typeof securityApi> = {
  'security.status': (_, s) => s.security.status(),
  'security.setEncryption': ({ on, passphrase }, s) => s.security.setEncryption(on, passphrase),
  'security.changePassphrase': ({ current, next }, s) => s.security.changePassphrase(current, next),
  'security.plainBackups': (_, s) => s.security.plainBackups(),
  'security.protectBackups': ({ action, names }, s) => s.security.protectBackups(action, names),
};
