// PLACEHOLDER until the OCR branch merges (it writes the real file at this path). Without a
// recognizer every card is "unreadable": the Capture screen then offers to enter the fields by
// hand, which is also what a user sees when OCR fails on a real card.
import type { captureRecognizeApi } from '../../../shared/contract/capture.js';
import { AppError } from '../../../shared/errors.js';
import type { Handlers } from './types.js';

export const captureRecognizeHandlers: Handlers<typeof captureRecognizeApi> = {
  'capture.recognize': () => {
    throw new AppError('internal', 'Card recognition is not available in this build; enter the fields by hand.');
  },
};
