import type { captureRecognizeApi } from '../../../shared/contract/capture.js';
import type { Handlers } from './types.js';

export const captureRecognizeHandlers: Handlers<typeof captureRecognizeApi> = {
  // OCR runs in a worker thread and sharp on the thread pool: the backend stays responsive.
  'capture.recognize': ({ image }, s) => s.recognizer.recognize(image),
};
