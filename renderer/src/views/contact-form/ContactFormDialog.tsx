// Add or edit a contact. Field errors come back from the backend as AppError issues with paths
// (`name`, `points.1.value`) and are shown next to the field, in the user's language.
import { useEffect, useMemo, useState } from 'react';
import { STAGES, type Stage } from '../../../../shared/domain/enums';
import type { Contact } from '../../../../shared/domain/types';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Spinner } from '../../components/Misc';
import { SaveCancel } from '../../components/SaveCancel';
import { TagInput, splitTags } from '../../components/TagInput';
import { useT } from '../../i18n';
import { issuesByPath } from '../../i18n/errors';
import { isAppError } from '../../../../shared/errors';
import { useContact } from '../../stores/contact';
import { useContacts } from '../../stores/contacts';
import { navigate } from '../../stores/navigation';
import { notify, notifyError } from '../../stores/toasts';
import { ui } from '../../stores/ui';
import { invoke } from '../../api/client';
import { engine } from '../../stores/engine';
import { BirthdayInput } from './BirthdayInput';
import { EngineFields, type EngineFieldsState, dateErrors, emptyEngineFields } from './EngineFields';
import { type FormState, type PointGroup, type PointRow, fieldErrors, fromContact, groupOf, toDraft } from './formModel';
import { PointRows } from './PointRows';
import { usePointOwners } from './usePointOwners';

const GROUPS: { group: PointGroup; title: 'form.phones' | 'form.emails' | 'form.addresses' | 'form.others'; add: 'form.addPhone' | 'form.addEmail' | 'form.addAddress' | 'form.addOther' }[] = [
  { group: 'phone', title: 'form.phones', add: 'form.addPhone' },
  { group: 'email', title: 'form.emails', add: 'form.addEmail' },
  { group: 'address', title: 'form.addresses', add: 'form.addAddress' },
  { group: 'other', title: 'form.others', add: 'form.addOther' },
];

type TextField = 'name' | 'familyName' | 'givenName' | 'company' | 'department' | 'title';

/** After the contact is saved: the referral link and the important dates, each through its own method. */
async function saveEngineFields(id: string, v: EngineFieldsState): Promise<void> {
  if (v.referrer && v.referrer.id !== v.savedReferrer?.id) await engine.recordReferral(v.referrer.id, id);
  for (const removed of v.removed) await engine.removeDate(removed);
  for (const r of v.added) await engine.addDate({ contactId: id, kind: r.kind, label: r.label.trim(), date: r.date });
  if (v.removed.length || v.added.length) engine.datesChanged();
}

export function ContactFormDialog({ contactId, referredBy }: { contactId: string | null; referredBy?: { id: string; name: string } | undefined }) {
  const i18n = useT();
  const [original, setOriginal] = useState<Contact | null>(null);
  const [form, setForm] = useState<FormState | null>(contactId ? null : fromContact(null));
  // What the form held when it opened: closing with anything else asks first.
  const [opened, setOpened] = useState<string | null>(contactId ? null : JSON.stringify(fromContact(null)));
  const [pendingTag, setPendingTag] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const tagSuggestions = useContacts((s) => s.tags).map((t) => t.name);
  const [engineFields, setEngineFields] = useState<EngineFieldsState>(() => emptyEngineFields(referredBy ?? null));
  const owners = usePointOwners(form?.points, contactId);

  useEffect(() => {
    if (!contactId) return;
    useContact.getState().fetch(contactId).then((c) => { setOriginal(c); setForm(fromContact(c)); setOpened(JSON.stringify(fromContact(c))); }, (e) => { notifyError(e); ui.closeContactForm(); });
    Promise.all([invoke('referrals.list', { contactId }), invoke('dates.list', { contactId })]).then(([r, d]) => {
      const saved = r.referredBy ? { id: r.referredBy.id, name: r.referredBy.name, stage: r.referredBy.stage } : null;
      setEngineFields((v) => ({ ...v, referrer: saved, savedReferrer: saved, dates: d.items }));
    }, () => undefined);
  }, [contactId]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => (f ? { ...f, [key]: value } : f));
  const rowsOf = useMemo(() => (g: PointGroup) => (form?.points ?? []).filter((p) => groupOf(p.kind) === g), [form?.points]);
  const setGroup = (g: PointGroup, rows: PointRow[]) => {
    // A row's error goes once its value is edited (it is checked again on save).
    const before = new Map((form?.points ?? []).map((p) => [p.key, p.value]));
    const edited = rows.filter((r) => before.get(r.key) !== r.value).map((r) => `point:${r.key}`);
    if (edited.some((k) => errors[k])) {
      const left = Object.fromEntries(Object.entries(errors).filter(([k]) => !edited.includes(k)));
      setErrors(left);
      if (Object.keys(left).length === 0) setGeneral(null);
    }
    setForm((f) => (f ? { ...f, points: [...f.points.filter((p) => groupOf(p.kind) !== g), ...rows] } : f));
  };

  async function save() {
    if (!form || saving) return;
    if (!form.name.trim()) {
      setErrors({ name: i18n.t('field.required') });
      document.getElementById('form-name')?.focus();
      return;
    }
    // The dates are saved after the contact: check them first, so a bad one never leaves half a save.
    const badDates = dateErrors(engineFields, i18n);
    if (Object.keys(badDates).length) {
      setErrors(badDates);
      setGeneral(i18n.t('form.fixErrors'));
      return;
    }
    const withTags = { ...form, tags: [...form.tags, ...splitTags(pendingTag).filter((t) => !form.tags.includes(t))] };
    // Rows are sent in group order, so error indexes map back through pointKeys.
    const ordered = { ...withTags, points: GROUPS.flatMap(({ group }) => withTags.points.filter((p) => groupOf(p.kind) === group)) };
    const { draft, pointKeys } = toDraft(ordered, original?.source ?? null);
    setSaving(true);
    setGeneral(null);
    try {
      const saved = await useContact.getState().save(draft, contactId);
      try {
        await saveEngineFields(saved.id, engineFields);
      } catch (e) {
        notifyError(e);
      }
      ui.closeContactForm();
      if (contactId) notify((i) => i.t('form.saved'));
      else {
        notify((i) => i.t('form.added', { name: saved.name }));
        navigate({ name: 'contact', id: saved.id });
      }
    } catch (e) {
      setSaving(false);
      if (isAppError(e) && e.code === 'invalid-input' && e.issues?.length) {
        const { fields, unplaced } = fieldErrors(issuesByPath(e, i18n), pointKeys);
        setErrors(fields);
        setGeneral(unplaced.length ? unplaced.join(' · ') : i18n.t('form.fixErrors'));
      } else {
        notifyError(e);
      }
    }
  }

  const text = (key: TextField, label: string, opts: { required?: boolean; placeholder?: string; autoFocus?: boolean } = {}) => {
    const id = `form-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return (
      <Field label={opts.required ? <>{label} <span className="required">*</span></> : label} htmlFor={id} error={errors[key]} testId={id}>
        <input
          id={id}
          className="input"
          value={form ? form[key] : ''}
          onChange={(e) => set(key, e.target.value)}
          placeholder={opts.placeholder}
          autoFocus={opts.autoFocus}
          data-autofocus={opts.autoFocus ? true : undefined}
          aria-invalid={Boolean(errors[key])}
          aria-describedby={errors[key] ? `${id}-error` : undefined}
          data-testid={id}
          autoComplete="off"
        />
      </Field>
    );
  };

  const dirty = (form !== null && opened !== null && JSON.stringify(form) !== opened) || pendingTag.trim() !== '';
  /** Esc, the close button, the backdrop and Cancel: typed-in work is not thrown away without asking. */
  async function requestClose() {
    if (dirty && !(await ui.confirm({
      title: (t) => t.t('form.discardTitle'), body: (t) => t.t('form.discardBody'), confirmLabel: (t) => t.t('form.discard'), danger: true,
    }))) return;
    ui.closeContactForm();
  }

  return (
    <Dialog
      title={contactId ? i18n.t('form.editTitle', { name: original?.name ?? '' }) : i18n.t('form.addTitle')}
      size="lg"
      testId="contact-form"
      onClose={() => void requestClose()}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void save(); }
      }}
      footer={
        <>
          {general ? <p className="form-general-error" role="alert" data-testid="contact-form-error">{general}</p> : null}
          <SaveCancel onCancel={() => void requestClose()} onSave={() => void save()} saving={saving} disabled={!form} testId="contact-form" />
        </>
      }
    >
      {!form ? <div className="dialog-loading"><Spinner /></div> : (
        <form className="contact-form" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
          <div className="form-grid cols-3">
            <div className="span-3">{text('name', i18n.t('form.name'), { required: true, placeholder: i18n.t('form.namePlaceholder'), autoFocus: true })}</div>
            {text('familyName', `${i18n.t('form.familyName')} (${i18n.t('common.optional')})`)}
            {text('givenName', `${i18n.t('form.givenName')} (${i18n.t('common.optional')})`)}
            <Field label={i18n.t('form.stage')} htmlFor="form-stage" error={errors.stage}>
              <select id="form-stage" className="select" value={form.stage} onChange={(e) => set('stage', e.target.value as Stage)} data-testid="form-stage">
                {STAGES.map((s) => <option key={s} value={s}>{i18n.stage(s)}</option>)}
              </select>
            </Field>
            {text('company', i18n.t('form.company'))}
            {text('department', i18n.t('form.department'))}
            {text('title', i18n.t('form.title'))}
          </div>

          <div className="form-points">
            {GROUPS.map(({ group, title, add }) => (
              <PointRows key={group} group={group} title={title} addLabel={add} rows={rowsOf(group)} errors={errors} owners={owners} onChange={(rows) => setGroup(group, rows)} />
            ))}
          </div>

          <div className="form-grid cols-2">
            <Field label={i18n.t('form.birthday')} htmlFor="form-birthday" error={errors.birthday} testId="form-birthday">
              <BirthdayInput id="form-birthday" value={form.birthday} onChange={(b) => set('birthday', b)} invalid={Boolean(errors.birthday)} />
            </Field>
            <Field label={i18n.t('form.tags')} htmlFor="form-tags-input" error={errors.tags} testId="form-tags">
              <TagInput id="form-tags-input" tags={form.tags} suggestions={tagSuggestions} onChange={(t) => set('tags', t)} pending={pendingTag} onPendingChange={setPendingTag} />
            </Field>
          </div>

          <EngineFields contactId={contactId} value={engineFields} onChange={setEngineFields} errors={errors} />

          <Field label={i18n.t('form.notes')} htmlFor="form-notes" error={errors.notes} testId="form-notes">
            <textarea id="form-notes" className="input textarea" rows={3} value={form.notes} onChange={(e) => set('notes', e.target.value)} data-testid="form-notes" />
          </Field>
        </form>
      )}
    </Dialog>
  );
}
