// Move a follow-up to a chosen day (09:00 there). Opened from the snooze menu ("Pick a date…")
// or with Reschedule / `r`. The day must be after today: the backend never moves one into the past.
import { useState } from 'react';
import { addDays } from '../../../../shared/rules/time';
import { isAppError } from '../../../../shared/errors';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { SaveCancel } from '../../components/SaveCancel';
import { useT } from '../../i18n';
import { issuesByPath } from '../../i18n/errors';
import { closeReschedule, followUps, useReschedule } from '../../stores/followups';
import { notify, notifyError } from '../../stores/toasts';

export function RescheduleDialog() {
  const request = useReschedule((s) => s.request);
  return request ? <RescheduleForm key={request.followUpId} /> : null;
}

function RescheduleForm() {
  const i18n = useT();
  const request = useReschedule((s) => s.request)!;
  const today = i18n.fmt.today();
  const min = addDays(today, 1);
  const [date, setDate] = useState(request.dueDate > today ? addDays(request.dueDate, 1) : min);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    if (saving) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) { setError(i18n.t('fu.dateRequired')); return; }
    if (date < min) { setError(i18n.t('fu.dateFuture')); return; }
    setSaving(true);
    try {
      const f = await followUps.snooze(request.followUpId, date);
      closeReschedule();
      notify((i) => i.t(request.mode === 'snooze' ? 'fu.snoozed' : 'fu.rescheduled', { name: request.name, date: i.fmt.date(f.dueDate) }),
        { label: 'common.undo', run: () => void followUps.unsnooze(request.followUpId, request.dueAt).catch(notifyError) });
    } catch (e) {
      setSaving(false);
      if (isAppError(e) && e.code === 'invalid-input') setError(Object.values(issuesByPath(e, i18n))[0] ?? i18n.t('fu.dateFuture'));
      else { closeReschedule(); notifyError(e); }
    }
  }

  return (
    <Dialog
      title={i18n.t(request.mode === 'snooze' ? 'fu.snoozeTitle' : 'fu.rescheduleTitle', { name: request.name })}
      subtitle={i18n.t('fu.currentlyDue', { date: i18n.fmt.date(request.dueDate) })}
      size="sm"
      testId="reschedule-dialog"
      onClose={closeReschedule}
      onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void save(); } }}
      footer={<SaveCancel onCancel={closeReschedule} onSave={() => void save()} saving={saving} testId="reschedule" />}
    >
      <Field label={i18n.t('fu.newDate')} htmlFor="reschedule-date" error={error ?? undefined} testId="reschedule-date" hint={i18n.t('fu.newDateHint')}>
        <input id="reschedule-date" type="date" className="input" value={date} min={min} data-autofocus
          onChange={(e) => { setDate(e.target.value); setError(null); }}
          aria-invalid={Boolean(error)} aria-describedby={error ? 'reschedule-date-error' : undefined} data-testid="reschedule-date" />
      </Field>
    </Dialog>
  );
}
