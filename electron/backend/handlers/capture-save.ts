import type { captureSaveApi } from '../../../shared/contract/capture.js';
import type { Handlers } from './types.js';

export const captureSaveHandlers: Handlers<typeof captureSaveApi> = {
  'capture.save': (input, s) => s.capture.save(input),
  'attachments.list': ({ contactId }, s) => s.capture.listAttachments(contactId),
  'attachments.get': ({ id }, s) => s.capture.getAttachment(id),
};
