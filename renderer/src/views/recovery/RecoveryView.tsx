// The screen shown instead of the app when the book cannot be opened (issue 8): what happened in
// plain words, and the ways forward the backend offers for this problem. Never a stack trace.
import { useState } from 'react';
import type { OpenState } from '../../../../shared/contract';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Misc';
import { type MessageKey, useT } from '../../i18n';
import { errorText } from '../../i18n/errors';
import { useRecovery } from '../../stores/recovery';
import { UnlockForm } from './UnlockForm';
import './recovery.css';

type Recovering = Extract<OpenState, { state: 'recovery' }>;

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

export function RecoveryView({ state, onOpened }: { state: Recovering; onOpened: (keptAs: string | null, how: 'restored' | 'empty' | 'retry') => void }) {
  const i18n = useT();
  const busy = useRecovery((s) => s.busy);
  const error = useRecovery((s) => s.error);
  const [confirmEmpty, setConfirmEmpty] = useState(false);

  const run = async (action: 'retry' | 'restore-backup' | 'start-empty') => {
    const result = await useRecovery.getState().act(action);
    if (result?.state.state === 'ok') onOpened(result.keptAs, action === 'restore-backup' ? 'restored' : action === 'start-empty' ? 'empty' : 'retry');
  };

  const can = (a: Recovering['actions'][number]) => state.actions.includes(a);
  const p = state.problem;
  return (
    <div className="recovery" data-testid="recovery" data-problem={p} role="alert">
      <div className="recovery-card">
        <div className="recovery-icon" aria-hidden="true"><Icon name="alert" size={28} /></div>
        <h1 data-testid="recovery-title">{i18n.t(`recovery.${p}.title` as MessageKey)}</h1>
        <p className="recovery-body">{i18n.t(`recovery.${p}.body` as MessageKey)}</p>

        {can('unlock') ? <UnlockForm wrong={p === 'wrong-key'} onOpened={() => onOpened(null, 'retry')} /> : null}

        <div className="recovery-actions">
          {can('restore-backup') && state.backup ? (
            <button type="button" className="welcome-action primary" disabled={busy !== null} onClick={() => void run('restore-backup')} data-testid="recovery-restore">
              {busy === 'restore-backup' ? <Spinner /> : <Icon name="restore" size={20} />}
              <span className="welcome-action-title">{i18n.t('recovery.restore')}</span>
              <span className="welcome-action-hint">
                {i18n.t('recovery.restoreHint', { date: state.backup.at ? i18n.fmt.instant(state.backup.at, true) : baseName(state.backup.path) })}
              </span>
            </button>
          ) : null}
          {can('start-empty') ? (
            <button type="button" className="welcome-action" disabled={busy !== null} onClick={() => setConfirmEmpty(true)} data-testid="recovery-start-empty">
              {busy === 'start-empty' ? <Spinner /> : <Icon name="plus" size={20} />}
              <span className="welcome-action-title">{i18n.t('recovery.startEmpty')}</span>
              <span className="welcome-action-hint">{i18n.t('recovery.startEmptyHint')}</span>
            </button>
          ) : null}
        </div>
        {p === 'db-corrupt' && !state.backup ? <p className="recovery-note" data-testid="recovery-no-backup">{i18n.t('recovery.noBackup')}</p> : null}

        {confirmEmpty ? (
          <div className="recovery-confirm" role="alertdialog" aria-labelledby="recovery-confirm-text" data-testid="recovery-confirm">
            <p id="recovery-confirm-text">{i18n.t('recovery.confirmEmpty')}</p>
            <div className="recovery-confirm-buttons">
              <button type="button" className="button" onClick={() => setConfirmEmpty(false)} autoFocus>{i18n.t('common.cancel')}</button>
              <button type="button" className="button danger" disabled={busy !== null} data-testid="recovery-confirm-empty"
                onClick={() => { setConfirmEmpty(false); void run('start-empty'); }}>
                {i18n.t('recovery.confirmEmptyYes')}
              </button>
            </div>
          </div>
        ) : null}

        {error ? <p className="recovery-error" data-testid="recovery-error">{i18n.t('recovery.stillBroken', { message: errorText(error, i18n) })}</p> : null}

        <div className="recovery-footer">
          <button type="button" className="button" disabled={busy !== null} onClick={() => void run('retry')} data-testid="recovery-retry">
            {busy === 'retry' ? i18n.t('recovery.working') : i18n.t('recovery.retry')}
          </button>
          <details className="recovery-details">
            <summary>{i18n.t('recovery.details')}</summary>
            <dl>
              <dt>{i18n.t('recovery.file')}</dt>
              <dd data-testid="recovery-path">{state.dataPath}</dd>
            </dl>
            <p className="recovery-message">{state.message}</p>
          </details>
        </div>
      </div>
    </div>
  );
}
