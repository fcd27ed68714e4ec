// CLI commands of the import (issue 5): import files as one batch, undo a batch, and the
// duplicates in the book. Thin translations to contract calls, like the app's Import screen.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DuplicatePair, ImportReport } from '../../shared/contract/import.js';
import { need, str, UsageError } from './args.js';
import type { Command } from './commands.js';

/** Exit code of `import` when something was skipped or rejected (the report is still printed). */
export const EXIT_PARTIAL = 3;

function readMapping(path: string | undefined): Record<string, string> | undefined {
  if (path === undefined) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`--mapping: ${path} is not a readable JSON file (${(e as Error).message})`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new UsageError('--mapping: the file must hold one JSON object {"column header": "field"}');
  return v as Record<string, string>;
}

function readInput(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

const pairLine = (p: DuplicatePair) => ({
  kind: p.kind, why: p.why, matched: p.matched,
  a: { id: p.a.id, name: p.a.name, company: p.a.company }, b: { id: p.b.id, name: p.b.name, company: p.b.company },
});

export const IMPORT_COMMANDS: Record<string, Command> = {
  import: {
    options: { mapping: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    usage: 'import FILE... [--mapping MAPPING.json] [--dry-run]   (vCard, CSV, Excel .xlsx; exit 3 if anything was skipped)',
    async run({ invoke, positionals, values: v }) {
      if (positionals.length === 0) need(undefined, 'FILE');
      const mapping = readMapping(str(v.mapping));
      const previewIds: string[] = [];
      for (const path of positionals) {
        const p = await invoke('import.preview', { name: basename(path), dataBase64: readInput(path).toString('base64'), ...(mapping ? { mapping } : {}) });
        previewIds.push(p.previewId);
      }
      const { jobId } = await invoke('import.start', { previewIds, dryRun: v['dry-run'] === true });
      for (;;) {
        const s = await invoke('import.status', { jobId });
        if (s.state === 'done') return s.report!;
        if (s.state !== 'running') throw new Error(s.error ?? `The import was ${s.state}.`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    exitCode: (r) => {
      const report = r as ImportReport;
      return report.skipped > 0 || report.files.some((f) => f.rejected !== null) ? EXIT_PARTIAL : 0;
    },
  },
  'undo-import': {
    options: { 'with-merges': { type: 'boolean' } },
    usage: 'undo-import BATCH_ID [--with-merges]',
    run: ({ invoke, positionals, values: v }) =>
      invoke('import.undo', { batchId: need(positionals[0], 'BATCH_ID'), ...(v['with-merges'] ? { withMerges: true } : {}) }),
  },
  duplicates: {
    options: { 'merge-all-exact': { type: 'boolean' } },
    usage: 'duplicates [--merge-all-exact]',
    async run({ invoke, values: v }) {
      if (v['merge-all-exact'] === true) return invoke('duplicates.mergeAllExact', {});
      const items: ReturnType<typeof pairLine>[] = [];
      let cursor: number | null = 0;
      while (cursor !== null) {
        const page: { items: DuplicatePair[]; nextCursor: number | null } = await invoke('duplicates.list', { cursor, limit: 200 });
        items.push(...page.items.map(pairLine));
        cursor = page.nextCursor;
      }
      return { items, total: items.length };
    },
  },
};
