import type { securityApi } from '../../../shared/contract/security.js';
import type { Handlers } from './types.js';

export const securityHandlers: Handlers<typeof securityApi> = {
  'security.status': (_, s) => s.security.status(),
  'security.setEncryption': ({ on, passphrase }, s) => s.security.setEncryption(on, passphrase),
};
