// Import: drop or pick files (several at once), check each one's preview and mapping, start,
// watch the progress (or cancel), read the report, undo. Past imports stay listed below.
import { useEffect, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/Misc';
import { useT } from '../../i18n';
import { isImportable, needsMapping, useImport } from '../../stores/import';
import { BatchList } from './BatchList';
import { FileCard } from './FileCard';
import { ImportProgress } from './ImportProgress';
import { ImportReportView } from './ImportReport';

const ACCEPT = '.vcf,.vcard,.csv,.txt,.xlsx,text/vcard,text/x-vcard,text/csv';

function DropZone({ compact, onPick }: { compact: boolean; onPick(): void }) {
  const i18n = useT();
  const [over, setOver] = useState(false);
  return (
    <div
      className={`dropzone${compact ? ' compact' : ''}${over ? ' over' : ''}`}
      data-testid="import-dropzone"
      onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = [...e.dataTransfer.files];
        if (files.length) void useImport.getState().addFiles(files);
      }}
    >
      <Icon name="import" size={compact ? 18 : 28} />
      <div className="dropzone-text">
        <strong>{i18n.t('import.drop')}</strong>
        {compact ? null : <span>{i18n.t('import.formats')}</span>}
      </div>
      <button type="button" className={compact ? 'button small' : 'button primary'} onClick={onPick} data-testid="import-pick">
        {i18n.t('import.pick')}
      </button>
    </div>
  );
}

function StartBar() {
  const i18n = useT();
  const files = useImport((s) => s.files);
  const ready = files.filter(isImportable);
  const waiting = files.filter(needsMapping);
  const reading = files.some((f) => f.status === 'reading' || f.applying);
  const records = ready.reduce((n, f) => n + f.preview!.records, 0);
  const merges = ready.reduce((n, f) => n + f.preview!.wouldMerge, 0);
  const blocked = waiting.length > 0 || reading || ready.length === 0;

  return (
    <div className="start-bar" data-testid="import-start-bar">
      <div className="start-summary">
        {ready.length ? <strong data-testid="import-summary">{i18n.t('import.summary', { records, files: ready.length })}</strong> : null}
        {merges ? <span className="muted">{i18n.t('import.summaryMerge', { count: merges })}</span> : null}
        {waiting.length ? (
          <span className="start-blocker" role="status" data-testid="import-blocker">
            <Icon name="alert" size={14} />{i18n.t('import.confirmMappingFirst', { name: waiting.map((f) => f.name).join(', ') })}
          </span>
        ) : null}
        {!ready.length && !waiting.length && !reading ? <span className="muted">{i18n.t('import.nothingToImport')}</span> : null}
      </div>
      <button type="button" className="button primary" disabled={blocked} onClick={() => void useImport.getState().start()} data-testid="import-start">
        <Icon name="import" />{i18n.t('import.start')}
      </button>
    </div>
  );
}

export function ImportView() {
  const i18n = useT();
  const input = useRef<HTMLInputElement>(null);
  const files = useImport((s) => s.files);
  const job = useImport((s) => s.job);

  useEffect(() => {
    void useImport.getState().loadBatches();
    void useImport.getState().loadMappings();
  }, []);

  const pick = () => input.current?.click();

  return (
    <div className="page" data-testid="import-view">
      <PageHeader title={i18n.t('import.title')}>
        <p className="page-subtitle">{i18n.t('import.subtitle')}</p>
      </PageHeader>
      <div className="page-body import-body">
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          data-testid="import-file-input"
          onChange={(e) => {
            const chosen = [...(e.target.files ?? [])];
            e.target.value = '';
            if (chosen.length) void useImport.getState().addFiles(chosen);
          }}
        />
        {job.state === 'running' ? <ImportProgress job={job} /> : null}
        {job.state === 'finished' ? <ImportReportView status={job.status} /> : null}
        {job.state === 'idle' ? (
          <>
            <DropZone compact={files.length > 0} onPick={pick} />
            {files.map((f) => <FileCard key={f.key} file={f} />)}
            {files.length ? <StartBar /> : null}
          </>
        ) : null}
        <BatchList />
      </div>
    </div>
  );
}
