// Add or edit a deal: title, status, amount in won, and its dates. Each field is checked here
// (and again by the backend, whose field errors land on the same fields).
import { useState } from 'react';
import { DEAL_STATUSES } from '../../../../shared/contract';
import type { DealResult } from '../../../../shared/contract';
import type { Deal, DealStatus } from '../../../../shared/domain/types';
import { isAppError } from '../../../../shared/errors';
import { isCalendarDate } from '../../../../shared/rules/time';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { SaveCancel } from '../../components/SaveCancel';
import { Segmented } from '../../components/Segmented';
import { type I18n, useT } from '../../i18n';
import { issuesByPath } from '../../i18n/errors';
import { engine } from '../../stores/engine';
import { notifyError } from '../../stores/toasts';
import { formatWon, parseWon } from './dealFormat';

interface DealForm { title: string; status: DealStatus; amount: string; signedOn: string; renewsOn: string; expiresOn: string }

const fromDeal = (d: Deal | null): DealForm => ({
  title: d?.title ?? '', status: d?.status ?? 'open', amount: d?.amount == null ? '' : new Intl.NumberFormat('ko-KR').format(d.amount),
  signedOn: d?.signedOn ?? '', renewsOn: d?.renewsOn ?? '', expiresOn: d?.expiresOn ?? '',
});

/** Field problems found before saving, in the user's words. */
export function checkDeal(f: DealForm, i18n: I18n): Record<string, string> {
  const e: Record<string, string> = {};
  if (!f.title.trim()) e.title = i18n.t('field.required');
  else if (f.title.trim().length > 200) e.title = i18n.t('field.tooLong', { max: 200 });
  const amount = parseWon(f.amount);
  if (amount !== null && (Number.isNaN(amount) || amount > 1e15)) e.amount = i18n.t('deals.amountInvalid');
  for (const k of ['signedOn', 'renewsOn', 'expiresOn'] as const) if (f[k] && !isCalendarDate(f[k])) e[k] = i18n.t('field.date');
  if (!e.signedOn && f.signedOn) {
    if (!e.renewsOn && f.renewsOn && f.renewsOn <= f.signedOn) e.renewsOn = i18n.t('deals.afterSigned');
    if (!e.expiresOn && f.expiresOn && f.expiresOn <= f.signedOn) e.expiresOn = i18n.t('deals.afterSigned');
  }
  return e;
}

export function DealDialog({ contactId, deal, onClose, onSaved }: { contactId: string; deal: Deal | null; onClose(): void; onSaved(r: DealResult, before: Deal | null): void }) {
  const i18n = useT();
  const [form, setForm] = useState<DealForm>(() => fromDeal(deal));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof DealForm>(k: K, v: DealForm[K]) => { setForm((f) => ({ ...f, [k]: v })); setErrors((e) => ({ ...e, [k]: '' })); };

  async function save() {
    if (saving) return;
    const local = checkDeal(form, i18n);
    setErrors(local);
    const first = Object.keys(local)[0];
    if (first) { document.getElementById(`deal-${first}`)?.focus(); return; }
    const fields = {
      title: form.title.trim(), status: form.status, amount: parseWon(form.amount),
      signedOn: form.signedOn || null, renewsOn: form.renewsOn || null, expiresOn: form.expiresOn || null,
    };
    setSaving(true);
    try {
      const r = deal ? await engine.updateDeal({ id: deal.id, ...fields }) : await engine.addDeal({ contactId, ...fields });
      onSaved(r, deal);
    } catch (e) {
      setSaving(false);
      if (isAppError(e) && e.code === 'invalid-input') setErrors(issuesByPath(e, i18n));
      else notifyError(e);
    }
  }

  const date = (k: 'signedOn' | 'renewsOn' | 'expiresOn', label: string, hint?: string) => (
    <Field label={label} htmlFor={`deal-${k}`} error={errors[k] || undefined} hint={hint} testId={`deal-${k}`}>
      <input id={`deal-${k}`} type="date" className="input" value={form[k]} onChange={(e) => set(k, e.target.value)}
        aria-invalid={Boolean(errors[k])} data-testid={`deal-${k}`} />
    </Field>
  );

  const amount = parseWon(form.amount);
  return (
    <Dialog
      title={deal ? i18n.t('deals.editTitle') : i18n.t('deals.addTitle')}
      size="md"
      testId="deal-dialog"
      onClose={onClose}
      onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void save(); } }}
      footer={<SaveCancel onCancel={onClose} onSave={() => void save()} saving={saving} testId="deal" />}
    >
      <form className="deal-form" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Field label={<>{i18n.t('deals.title')} <span className="required">*</span></>} htmlFor="deal-title" error={errors.title || undefined} testId="deal-title">
          <input id="deal-title" className="input" value={form.title} onChange={(e) => set('title', e.target.value)} placeholder={i18n.t('deals.titlePlaceholder')}
            data-autofocus autoFocus aria-invalid={Boolean(errors.title)} data-testid="deal-title" autoComplete="off" />
        </Field>
        <div className="form-grid cols-2">
          <Field label={i18n.t('deals.status')} htmlFor="deal-status" error={errors.status || undefined}>
            <Segmented<DealStatus>
              label={i18n.t('deals.status')}
              value={form.status}
              options={DEAL_STATUSES.map((s) => ({ value: s, label: i18n.t(`deals.status.${s}`) }))}
              onChange={(v) => set('status', v)}
              testIdPrefix="deal-status"
            />
          </Field>
          <Field label={i18n.t('deals.amount')} htmlFor="deal-amount" error={errors.amount || undefined} testId="deal-amount"
            hint={amount !== null && !Number.isNaN(amount) ? formatWon(amount) : i18n.t('deals.amountHint')}>
            <input id="deal-amount" className="input num" inputMode="numeric" value={form.amount} placeholder="₩"
              onChange={(e) => set('amount', e.target.value)}
              onBlur={() => { const n = parseWon(form.amount); if (n !== null && !Number.isNaN(n)) set('amount', new Intl.NumberFormat('ko-KR').format(n)); }}
              aria-invalid={Boolean(errors.amount)} data-testid="deal-amount" />
          </Field>
        </div>
        <div className="form-grid cols-3">
          {date('signedOn', i18n.t('deals.signedOn'), form.status === 'won' && !form.signedOn ? i18n.t('deals.signedToday') : undefined)}
          {date('renewsOn', i18n.t('deals.renewsOn'))}
          {date('expiresOn', i18n.t('deals.expiresOn'))}
        </div>
        <p className="muted small">{i18n.t('deals.remindersHint')}</p>
      </form>
    </Dialog>
  );
}
