// The running import: a progress bar fed by polling import.status — first while each file is
// read (a large one takes seconds), then while its records are prepared — and Cancel, which rolls
// the whole batch back, so nothing of a cancelled import stays in the book. Once every record is read
// the batch is written in one uninterruptible transaction: Cancel is disabled and says why.
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Misc';
import { useT } from '../../i18n';
import { type Job, useImport } from '../../stores/import';

export function ImportProgress({ job }: { job: Extract<Job, { state: 'running' }> }) {
  const i18n = useT();
  const pct = job.total > 0 ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
  return (
    <section className="panel import-progress" data-testid="import-progress" aria-live="polite">
      <h2 className="panel-title" data-testid="import-progress-title">
        <Spinner />
        {job.writing ? i18n.t('import.writing') : job.cancelling ? i18n.t('import.cancelling')
          : job.reading && job.file ? i18n.t('import.reading', { file: job.file }) : i18n.t('import.running')}
      </h2>
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={job.done}
        aria-label={i18n.t('import.running')}
        data-testid="import-progress-bar"
      >
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <div className="progress-row">
        <span className="tabular" data-testid="import-progress-count">{i18n.t(job.reading ? 'import.readProgress' : 'import.progress', { done: job.done, total: job.total, pct })}</span>
        <span className="muted small" data-testid="import-cancel-hint">{job.writing ? i18n.t('import.writingHint') : i18n.t('import.cancelHint')}</span>
        <button type="button" className="button" onClick={() => void useImport.getState().cancel()} disabled={job.cancelling || job.writing} data-testid="import-cancel">
          <Icon name="x" />{i18n.t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
