import type { duplicatesApi, importApi } from '../../../shared/contract/import.js';
import { AppError } from '../../../shared/errors.js';
import type { Handlers } from './types.js';

const notBuilt = (): never => {
  throw new AppError('internal', 'not built yet');
};

export const importHandlers: Handlers<typeof importApi> = {
  'import.preview': notBuilt,
  'import.start': notBuilt,
  'import.status': notBuilt,
  'import.cancel': notBuilt,
  'import.batches': notBuilt,
  'import.undo': notBuilt,
  'mappings.list': notBuilt,
  'mappings.save': notBuilt,
  'mappings.delete': notBuilt,
};

export const duplicatesHandlers: Handlers<typeof duplicatesApi> = {
  'duplicates.list': notBuilt,
  'duplicates.merge': notBuilt,
  'duplicates.undoMerge': notBuilt,
  'duplicates.dismiss': notBuilt,
  'duplicates.mergeAllExact': notBuilt,
};
