// The Import screen's state: the files chosen (each previewed by the backend, which keeps the
// parsed records under a previewId), their column mappings, the running job (polled for
// progress), the last report, past imports (batches) and saved mappings.
import { create } from 'zustand';
import type {
  ImportBatch, ImportJobStatus, ImportPreview, ImportReport, SavedMapping,
} from '../../../shared/contract/import';
import { invoke } from '../api/client';
import { dataChanged, onDataChanged } from './events';
import { notifyError } from './toasts';

export type Mapping = Record<string, string>;

export interface ImportFile {
  key: string;
  name: string;
  size: number;
  status: 'reading' | 'ready' | 'failed';
  preview: ImportPreview | null;
  /** A transport or validation failure of the preview itself (not a rejected file). */
  error: unknown;
  /**
   * A sheet's header row and first rows, from the first preview that showed them (a preview with
   * a mapping answers with records instead), so the mapping stays editable after it is applied.
   */
  columns: { headers: string[]; rows: string[][] } | null;
  /** The mapping being edited (CSV/xlsx), starting from the backend's suggestion. */
  mapping: Mapping | null;
  mappingOpen: boolean;
  /** Edited since the last preview: the preview (and an import now) would not use the edits. */
  mappingDirty: boolean;
  applying: boolean;
}

export type Job =
  | { state: 'idle' }
  | { state: 'running'; jobId: string; done: number; total: number; cancelling: boolean; writing: boolean; reading: boolean; file: string | null }
  | { state: 'finished'; status: ImportJobStatus };

interface ImportState {
  files: ImportFile[];
  job: Job;
  batches: ImportBatch[];
  batchesLoaded: boolean;
  mappings: SavedMapping[];
  addFiles(files: File[]): Promise<void>;
  removeFile(key: string): void;
  setTarget(key: string, header: string, target: string): void;
  useSavedMapping(key: string, name: string): void;
  applyMapping(key: string): Promise<void>;
  toggleMapping(key: string): void;
  saveMapping(name: string, mapping: Mapping): Promise<SavedMapping>;
  start(): Promise<void>;
  cancel(): Promise<void>;
  /** Back to choosing files after a report. */
  reset(): void;
  loadBatches(): Promise<void>;
  loadMappings(): Promise<void>;
  /** `withMerges`: also undo the later merges that involve its people (after the user confirmed them). */
  undo(batchId: string, withMerges?: boolean): Promise<{ removed: number; reverted: number; unmerged: number }>;
}

/** The file's bytes as base64, which is how files travel to the backend (IPC and HTTP alike). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

/** Kept outside the store: the bytes are only needed again to re-preview with a new mapping. */
const bytesOf = new Map<string, string>();
let nextKey = 1;
const POLL_MS = 150;

/** A CSV/xlsx file whose headers are not all known waits for the user to confirm a mapping. */
export const needsMapping = (f: ImportFile): boolean =>
  Boolean(f.preview && !f.preview.rejected && f.columns && (!f.preview.knownHeaderSet || f.mappingDirty));

export const isImportable = (f: ImportFile): boolean =>
  f.status === 'ready' && Boolean(f.preview) && !f.preview!.rejected && !needsMapping(f);

export const useImport = create<ImportState>()((set, get) => {
  const patch = (key: string, p: Partial<ImportFile>) =>
    set((s) => ({ files: s.files.map((f) => (f.key === key ? { ...f, ...p } : f)) }));

  async function preview(key: string, mapping?: Mapping): Promise<void> {
    const f = get().files.find((x) => x.key === key);
    const data = bytesOf.get(key);
    if (!f || data === undefined) return;
    try {
      const p = await invoke('import.preview', { name: f.name, dataBase64: data, ...(mapping ? { mapping } : {}) });
      const fresh = p.headers ? { columns: { headers: p.headers, rows: p.rawRows ?? [] }, mapping: { ...(p.suggestedMapping ?? {}) } } : {};
      patch(key, { status: 'ready', preview: p, error: null, mappingDirty: false, ...fresh, ...(p.headers && !p.knownHeaderSet ? { mappingOpen: true } : {}) });
    } catch (e) {
      patch(key, { status: 'failed', error: e });
    }
  }

  async function poll(jobId: string): Promise<void> {
    for (;;) {
      const job = get().job;
      if (job.state !== 'running' || job.jobId !== jobId) return;
      let status: ImportJobStatus;
      try {
        status = await invoke('import.status', { jobId });
      } catch (e) {
        set({ job: { state: 'finished', status: { jobId, state: 'failed', done: 0, total: 0, reading: false, file: null, writing: false, report: null, error: e instanceof Error ? e.message : String(e) } } });
        return;
      }
      if (status.state !== 'running') {
        finish(status);
        return;
      }
      set((s) => (s.job.state === 'running' && s.job.jobId === jobId ? { job: { ...s.job, done: status.done, total: status.total, writing: status.writing, reading: status.reading, file: status.file } } : s));
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  function finish(status: ImportJobStatus) {
    set({ job: { state: 'finished', status } });
    if (status.state === 'done' && status.report?.batchId) {
      for (const f of get().files) bytesOf.delete(f.key);
      set({ files: [] });
      dataChanged('contacts');
    }
    void get().loadBatches();
  }

  return {
    files: [],
    job: { state: 'idle' },
    batches: [],
    batchesLoaded: false,
    mappings: [],

    async addFiles(files) {
      if (get().job.state === 'finished') get().reset();
      const added: ImportFile[] = files.map((file) => ({
        key: `f${nextKey++}`, name: file.name, size: file.size, status: 'reading', preview: null, error: null,
        columns: null, mapping: null, mappingOpen: false, mappingDirty: false, applying: false,
      }));
      set((s) => ({ files: [...s.files, ...added] }));
      await Promise.all(added.map(async (f, i) => {
        try {
          bytesOf.set(f.key, await readBase64(files[i]!));
        } catch (e) {
          patch(f.key, { status: 'failed', error: e });
          return;
        }
        await preview(f.key);
      }));
    },

    removeFile(key) {
      bytesOf.delete(key);
      set((s) => ({ files: s.files.filter((f) => f.key !== key) }));
    },

    setTarget(key, header, target) {
      set((s) => ({
        files: s.files.map((f) => (f.key === key ? { ...f, mapping: { ...(f.mapping ?? {}), [header]: target }, mappingDirty: true } : f)),
      }));
    },

    useSavedMapping(key, name) {
      const saved = get().mappings.find((m) => m.name === name);
      const f = get().files.find((x) => x.key === key);
      if (!saved || !f?.columns) return;
      const next: Mapping = { ...(f.mapping ?? {}) };
      for (const h of f.columns.headers) if (saved.mapping[h] !== undefined) next[h] = saved.mapping[h];
      patch(key, { mapping: next, mappingDirty: true });
    },

    async applyMapping(key) {
      const f = get().files.find((x) => x.key === key);
      if (!f?.mapping) return;
      const mapping = f.mapping;
      patch(key, { applying: true });
      await preview(key, mapping);
      const after = get().files.find((x) => x.key === key);
      const ok = after?.status === 'ready' && after.preview?.knownHeaderSet === true;
      // Applied: the mapping table folds away and the preview shows the records as mapped.
      patch(key, { applying: false, mapping, ...(ok ? { mappingOpen: false } : {}) });
    },

    toggleMapping(key) {
      set((s) => ({ files: s.files.map((f) => (f.key === key ? { ...f, mappingOpen: !f.mappingOpen } : f)) }));
    },

    async saveMapping(name, mapping) {
      const saved = await invoke('mappings.save', { name, mapping });
      await get().loadMappings();
      return saved;
    },

    async start() {
      const ready = get().files.filter(isImportable);
      if (ready.length === 0 || get().job.state === 'running') return;
      try {
        const { jobId } = await invoke('import.start', { previewIds: ready.map((f) => f.preview!.previewId) });
        const total = ready.reduce((n, f) => n + f.preview!.records, 0);
        set({ job: { state: 'running', jobId, done: 0, total, cancelling: false, writing: false, reading: true, file: ready[0]!.preview!.file } });
        void poll(jobId);
      } catch (e) {
        notifyError(e);
      }
    },

    async cancel() {
      const job = get().job;
      if (job.state !== 'running' || job.writing) return;
      set({ job: { ...job, cancelling: true } });
      try {
        const status = await invoke('import.cancel', { jobId: job.jobId });
        if (status.state !== 'running') finish(status);
        // Too late: the write had begun; the job finishes and its report (with Undo) follows.
        else if (status.writing) set((s) => (s.job.state === 'running' && s.job.jobId === job.jobId ? { job: { ...s.job, cancelling: false, writing: true } } : s));
      } catch (e) {
        notifyError(e);
      }
    },

    reset() {
      set({ job: { state: 'idle' } });
    },

    async loadBatches() {
      try {
        const { items } = await invoke('import.batches', {});
        set({ batches: items, batchesLoaded: true });
      } catch (e) {
        set({ batchesLoaded: true });
        notifyError(e);
      }
    },

    async loadMappings() {
      try {
        const { items } = await invoke('mappings.list', {});
        set({ mappings: items });
      } catch (e) {
        notifyError(e);
      }
    },

    async undo(batchId, withMerges = false) {
      const res = await invoke('import.undo', withMerges ? { batchId, withMerges } : { batchId });
      dataChanged('contacts');
      await get().loadBatches();
      return res;
    },
  };
});

onDataChanged((topic) => {
  if (topic === 'sample' || topic === 'trash') void useImport.getState().loadBatches();
});
