// Lifecycle: the current stage, a control to change it by hand (with an optional reason), and
// the history of every change. The new stage's cadence takes over at once.
import { useState } from 'react';
import { STAGES, type Stage } from '../../../../shared/domain/enums';
import type { ContactDetail } from '../../../../shared/domain/types';
import { StageChip } from '../../components/Chips';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useContact } from '../../stores/contact';
import { notify, notifyError } from '../../stores/toasts';

function StageChanger({ id, current }: { id: string; current: Stage }) {
  const i18n = useT();
  const [stage, setStage] = useState<Stage>(current);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function apply(e: React.FormEvent) {
    e.preventDefault();
    if (stage === current) return;
    setBusy(true);
    try {
      await useContact.getState().setStage(id, stage, reason.trim() || null);
      setReason('');
      notify((i) => i.t('contact.stageChanged', { stage: i.stage(stage) }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stage-changer" onSubmit={apply} data-testid="stage-changer">
      <label className="field-label" htmlFor="stage-picker">{i18n.t('contact.changeStage')}</label>
      <div className="stage-changer-row">
        <select id="stage-picker" className="select" value={stage} onChange={(e) => setStage(e.target.value as Stage)} data-testid="stage-picker">
          {STAGES.map((s) => <option key={s} value={s}>{i18n.stage(s)}</option>)}
        </select>
        <button type="submit" className="button" disabled={busy || stage === current} data-testid="stage-apply">
          {i18n.t('contact.stageApply')}
        </button>
      </div>
      {stage !== current ? (
        <input
          className="input"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={i18n.t('contact.stageReason')}
          aria-label={i18n.t('contact.stageReason')}
          maxLength={500}
          data-testid="stage-reason"
        />
      ) : null}
    </form>
  );
}

export function StagePanel({ detail, editable }: { detail: ContactDetail; editable: boolean }) {
  const i18n = useT();
  const { contact, stageHistory } = detail;
  const history = [...stageHistory].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="panel" data-testid="stage-panel">
      <h2 className="panel-title">{i18n.t('contact.stage')}</h2>
      {/* Re-keyed on the stage so the picker resets after a change made elsewhere (the form). */}
      {editable ? <StageChanger key={contact.stage} id={contact.id} current={contact.stage} /> : null}
      <h3 className="subtle-title">{i18n.t('contact.stageHistory')}</h3>
      <ol className="stage-history" data-testid="stage-history">
        {history.map((h) => (
          <li key={h.id} data-testid="stage-history-item">
            <div className="stage-history-line">
              {h.from ? (
                <>
                  <StageChip stage={h.from} />
                  <Icon name="arrowRight" size={12} className="muted" />
                  <StageChip stage={h.to} />
                </>
              ) : (
                <span>{i18n.t('contact.stageStart', { stage: i18n.stage(h.to) })}</span>
              )}
              <span className="stage-history-date">{i18n.fmt.instant(h.at)}</span>
            </div>
            {h.reason || h.by === 'rule' ? (
              <p className="stage-history-reason">
                {h.by === 'rule' ? <span className="chip subtle">{i18n.t('contact.stageByRule')}</span> : null}
                {h.why ? i18n.reason(h.why) : h.reason}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
