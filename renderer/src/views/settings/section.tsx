// What every settings section shares: checking whole numbers, one save flow, a number input
// with its unit, and the Save button.
import { useState } from 'react';
import { isAppError } from '../../../../shared/errors';
import { Spinner } from '../../components/Misc';
import { useT } from '../../i18n';
import { issuesByPath } from '../../i18n/errors';
import { useSettings } from '../../stores/settings';
import { notify, notifyError } from '../../stores/toasts';

type Patch = Parameters<ReturnType<typeof useSettings.getState>['update']>[0];

/** Digits only, and within [min, max]. */
export const isWholeNumberIn = (s: string, min: number, max: number): boolean =>
  /^\d+$/.test(s) && Number(s) >= min && Number(s) <= max;

/**
 * The save flow: the section's own checks first (errors by field path, nothing sent while any
 * is left), then one update; the backend's refusals land on the same fields, anything else in a
 * toast.
 */
export function useSettingsSave() {
  const i18n = useT();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  async function save(local: Record<string, string>, patch: () => Patch): Promise<void> {
    setErrors(local);
    if (Object.keys(local).length) return;
    setSaving(true);
    try {
      await useSettings.getState().update(patch());
      notify((i) => i.t('settings.saved'));
    } catch (err) {
      if (isAppError(err) && err.code === 'invalid-input') setErrors(issuesByPath(err, i18n));
      else notifyError(err);
    } finally {
      setSaving(false);
    }
  }

  return { errors, saving, save };
}

/** A whole-number field with its unit after it ("일", "건/30일"); anything but digits is dropped as typed. */
export function WholeNumberInput({ id, value, onChange, invalid, unit, testId }: {
  id: string; value: string; onChange: (v: string) => void; invalid: boolean; unit: string; testId: string;
}) {
  return (
    <span className="days-input">
      <input id={id} className="input num" inputMode="numeric" value={value} onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
        aria-invalid={invalid} data-testid={testId} />
      <span className="muted">{unit}</span>
    </span>
  );
}

export function SaveButton({ dirty, saving, testId }: { dirty: boolean; saving: boolean; testId: string }) {
  const i18n = useT();
  return (
    <div className="section-actions">
      <button type="submit" className="button primary" disabled={!dirty || saving} data-testid={testId}>
        {saving ? i18n.t('common.saving') : i18n.t('common.save')}
      </button>
    </div>
  );
}

/** The footer of a settings dialog whose form runs a long step: progress while busy, Cancel, submit. */
export function BusyFormFooter({ busyText, formId, testId, submitLabel, busy, submitDisabled, onCancel }: {
  busyText: string | null; formId: string; testId: string; submitLabel: string; busy: boolean; submitDisabled: boolean; onCancel(): void;
}) {
  const i18n = useT();
  return (
    <>
      {busyText !== null ? <span className="security-progress" role="status" data-testid={`${testId}-progress`}><Spinner />{busyText}</span> : null}
      <button type="button" className="button" onClick={onCancel} disabled={busy}>{i18n.t('common.cancel')}</button>
      <button type="submit" form={formId} className="button primary" disabled={busy || submitDisabled} data-testid={`${testId}-confirm`}>
        {submitLabel}
      </button>
    </>
  );
}
