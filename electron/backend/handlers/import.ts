import type { duplicatesApi, importApi } from '../../../shared/contract/import.js';
import type { Handlers } from './types.js';

export const importHandlers: Handlers<typeof importApi> = {
  'import.preview': ({ name, dataBase64, mapping }, s) => s.imports.preview(name, Buffer.from(dataBase64, 'base64'), mapping),
  'import.start': ({ previewIds, mapping, savedMappingName, dryRun }, s) => s.imports.start(previewIds, mapping, savedMappingName, dryRun),
  'import.status': ({ jobId }, s) => s.imports.status(jobId),
  'import.cancel': ({ jobId }, s) => s.imports.cancel(jobId),
  'import.batches': (_, s) => s.imports.batches(),
  'import.undo': ({ batchId, withMerges }, s) => s.imports.undo(batchId, withMerges),
  'mappings.list': (_, s) => s.imports.mappings(),
  'mappings.save': ({ name, mapping }, s) => s.imports.saveMapping(name, mapping),
  'mappings.delete': ({ name }, s) => s.imports.deleteMapping(name),
};

export const duplicatesHandlers: Handlers<typeof duplicatesApi> = {
  'duplicates.list': ({ cursor, limit }, s) => s.duplicates.list(cursor, limit),
  'duplicates.merge': ({ keepId, mergeId }, s) => s.merge.merge(keepId, mergeId),
  'duplicates.undoMerge': ({ mergeId }, s) => s.merge.undo(mergeId),
  'duplicates.dismiss': ({ aId, bId }, s) => s.duplicates.dismiss(aId, bId),
  'duplicates.mergeAllExact': (_, s) => s.duplicates.mergeAllExact(),
};
