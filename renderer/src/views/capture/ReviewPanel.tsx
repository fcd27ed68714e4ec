// Reviewing one card: the image beside its fields, uncertain readings highlighted, a click on a
// field shows where it was read; a warning (and a field-by-field merge) when the phone or
// e-mail is already in the book; where/when it was received; Ctrl+Enter saves and moves on,
// Esc skips.
import { useEffect, useState } from 'react';
import { CARD_FIELDS, type CardField } from '../../../../shared/contract/capture';
import { isAppError } from '../../../../shared/errors';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { Kbd, modKey } from '../../components/Misc';
import { useHotkey } from '../../hooks/useHotkey';
import { useT } from '../../i18n';
import { fieldIssueText } from '../../i18n/errors';
import { type CaptureItem, type CardFields, type Duplicate, findDuplicates, useCapture } from '../../stores/capture';
import { navigate } from '../../stores/navigation';
import { notify, notifyError } from '../../stores/toasts';
import { CardPreview } from './CardPreview';
import { reportAdded } from './reportAdded';
import { DuplicateNotice, type MergeChoice, mergedFields } from './DuplicateNotice';

/** Below this the reading is shown as uncertain (the OCR's per-field confidence, 0–1). */
const LOW_CONFIDENCE = 0.6;
const WIDE: ReadonlySet<CardField> = new Set(['address', 'url', 'email']);
const INPUT_TYPE: Partial<Record<CardField, string>> = { mobile: 'tel', phone: 'tel', fax: 'tel', email: 'email', url: 'url' };

export function ReviewPanel({ item, hotkeys }: { item: CaptureItem; hotkeys: boolean }) {
  const i18n = useT();
  const event = useCapture((s) => s.event);
  const receivedOn = useCapture((s) => s.receivedOn);
  const [focused, setFocused] = useState<CardField | null>(null);
  const [side, setSide] = useState<'front' | 'back'>('front');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [dups, setDups] = useState<Duplicate[]>([]);
  const [merge, setMerge] = useState<MergeChoice | null>(null);
  const { fields, recognized } = item;

  // Who else has this mobile, phone or e-mail (looked up again as the user corrects them).
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      findDuplicates(fields).then((d) => {
        if (!live) return;
        setDups(d);
        setMerge((m) => (m && d.some((x) => x.id === m.dup.id) ? m : null));
      }, () => undefined);
    }, 250);
    return () => { live = false; clearTimeout(timer); };
  }, [fields.mobile, fields.phone, fields.email]);

  async function save() {
    if (saving) return;
    setSaving(true);
    setErrors({});
    try {
      const final: CardFields = merge ? mergedFields(fields, merge) : fields;
      const r = await useCapture.getState().save(item.id, final, merge?.dup.id ?? null);
      const name = r.contact.name;
      const open = { label: 'capture.openContact' as const, run: () => navigate({ name: 'contact', id: r.contact.id }) };
      if (!r.created) notify((i) => i.t('capture.updated', { name }), open);
      else {
        const thanks = r.followUp;
        // Say when the thank-you is due (usually tomorrow), not "today": it is not on today's list.
        notify((i) => (thanks ? i.t('capture.saved', { name, date: i.fmt.date(thanks.dueDate) }) : i.t('capture.savedNoThanks', { name })), open);
      }
    } catch (e) {
      if (isAppError(e) && e.code === 'invalid-input' && e.issues?.length) {
        const byField: Record<string, string> = {};
        for (const issue of e.issues) byField[issue.path.replace(/^fields\./, '')] ??= fieldIssueText(issue, i18n);
        setErrors(byField);
        const first = e.issues[0]!.path.replace(/^fields\./, '');
        document.getElementById(`capture-${first}`)?.focus();
      } else {
        notifyError(e);
      }
    } finally {
      setSaving(false);
    }
  }

  useHotkey('mod+enter', () => void save(), { inInputs: true, enabled: hotkeys });
  useHotkey('escape', () => useCapture.getState().skip(item.id), { inInputs: true, enabled: hotkeys && !saving });

  const unreadable = !recognized && !item.ocrText && item.front !== null && item.status !== 'reading';
  const box = focused ? recognized?.boxes[focused] ?? null : null;

  return (
    <div className={item.front ? 'review' : 'review by-hand'} data-testid="capture-review" data-card={item.id}>
      {item.front ? <div className="review-image">
        <CardPreview frontUrl={item.frontUrl} backUrl={item.backUrl} side={side} onSide={setSide} box={box} />
        <div className="review-image-actions">
          {item.back ? (
            <button type="button" className="link-button" onClick={() => { setSide('front'); void useCapture.getState().setBack(item.id, null); }} data-testid="capture-remove-back">
              {i18n.t('capture.removeBack')}
            </button>
          ) : (
            <label className="link-button file-link">
              <Icon name="plus" size={14} />{i18n.t('capture.addBack')}
              <input
                type="file" hidden accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif" data-testid="capture-back-input"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void useCapture.getState().setBack(item.id, file).then((r) => { if (r) reportAdded(0, [r]); else setSide('back'); });
                }}
              />
            </label>
          )}
          {recognized ? <span className="field-hint">{i18n.t('capture.showSource')}</span> : null}
        </div>
      </div> : null}

      <div className="review-form">
        {unreadable ? (
          <p className="inline-warning review-unreadable" data-testid="capture-unreadable"><Icon name="alert" size={14} />{i18n.t('capture.unreadable')}</p>
        ) : null}
        {dups.length ? <DuplicateNotice dups={dups} fields={fields} merge={merge} onMerge={setMerge} /> : null}

        <div className="review-fields">
          {CARD_FIELDS.map((f) => {
            const conf = recognized?.confidence[f] ?? 1;
            const low = Boolean(recognized && fields[f] && conf < LOW_CONFIDENCE);
            const id = `capture-${f}`;
            return (
              <Field
                key={f} label={i18n.t(`capture.field.${f}`)} htmlFor={id} error={errors[f]} testId={id}
                className={`${WIDE.has(f) ? 'wide ' : ''}${low ? 'low-confidence' : ''}${focused === f ? ' focused' : ''}`}
                hint={low ? <><Icon name="alert" size={12} /> {i18n.t('capture.lowConfidence')}</> : undefined}
              >
                <input
                  id={id} className="input" type={INPUT_TYPE[f] ?? 'text'} value={fields[f]} data-testid={id}
                  autoFocus={f === 'name'} autoComplete="off" spellCheck={false}
                  aria-invalid={errors[f] ? true : undefined} aria-describedby={errors[f] ? `${id}-error` : undefined}
                  data-low={low ? 'true' : undefined}
                  onFocus={() => setFocused(f)}
                  onChange={(e) => useCapture.getState().setField(item.id, f, e.target.value)}
                />
              </Field>
            );
          })}
        </div>

        <div className="review-where">
          <Field label={i18n.t('capture.event')} htmlFor="capture-event" error={errors.event} hint={i18n.t('capture.receivedHint')}>
            <input
              id="capture-event" className="input" value={event} placeholder={i18n.t('capture.eventPlaceholder')} maxLength={200}
              data-testid="capture-event" onChange={(e) => useCapture.getState().setEvent(e.target.value)}
            />
          </Field>
          <Field label={i18n.t('capture.receivedOn')} htmlFor="capture-received" error={errors.receivedOn}>
            <input
              id="capture-received" className="input" type="date" value={receivedOn ?? i18n.fmt.today()} max={i18n.fmt.today()}
              data-testid="capture-received"
              onChange={(e) => useCapture.getState().setReceivedOn(e.target.value && e.target.value !== i18n.fmt.today() ? e.target.value : null)}
            />
          </Field>
        </div>

        <div className="review-actions">
          <button type="button" className="button" onClick={() => useCapture.getState().skip(item.id)} disabled={saving} data-testid="capture-skip">
            {i18n.t('capture.skip')}<Kbd>Esc</Kbd>
          </button>
          <button type="button" className="button primary" onClick={() => void save()} disabled={saving} data-testid="capture-save">
            <Icon name="check" />
            {merge ? i18n.t('capture.saveUpdate', { name: merge.dup.name }) : i18n.t('capture.save')}
            <Kbd>{modKey}Enter</Kbd>
          </button>
        </div>
      </div>
    </div>
  );
}
