// "Already in your book": the people who have this card's phone or e-mail, and — when the user
// chooses to update one of them — a field-by-field choice between the card and what is there.
import { CARD_FIELDS, type CardField } from '../../../../shared/contract/capture';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import type { CardFields, Duplicate } from '../../stores/capture';
import { phoneKey } from '../../stores/capture-duplicates';
import { hrefOf } from '../../stores/navigation';

export interface MergeChoice {
  dup: Duplicate;
  pick: Record<CardField, 'card' | 'existing'>;
}

/** Phones, e-mails and the rest are added from the card, never replaced: "existing" means add nothing. */
const POINT_FIELDS: ReadonlySet<CardField> = new Set(['mobile', 'phone', 'fax', 'email', 'url', 'address']);

const PHONES: ReadonlySet<CardField> = new Set(['mobile', 'phone', 'fax']);

/** 010 1234 5678 is 010-1234-5678; Kim@X.com is kim@x.com. */
export function sameValue(f: CardField, a: string, b: string): boolean {
  if (PHONES.has(f)) return phoneKey(a) === phoneKey(b);
  if (f === 'email') return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a.trim() === b.trim();
}

/** The card's value where it has one (and it differs), else what the contact has. */
export function defaultPick(card: CardFields, dup: Duplicate): MergeChoice['pick'] {
  return Object.fromEntries(CARD_FIELDS.map((f) => [f, card[f].trim() && !sameValue(f, card[f], dup.values[f]) ? 'card' : 'existing'])) as MergeChoice['pick'];
}

/** What capture.save gets for an update: chosen card values; '' (keep) for everything else. */
export function mergedFields(card: CardFields, m: MergeChoice): CardFields {
  return Object.fromEntries(CARD_FIELDS.map((f) => {
    if (m.pick[f] === 'card') return [f, card[f]];
    return [f, POINT_FIELDS.has(f) ? '' : m.dup.values[f]];
  })) as CardFields;
}

interface Props {
  dups: Duplicate[];
  fields: CardFields;
  merge: MergeChoice | null;
  onMerge(m: MergeChoice | null): void;
}

export function DuplicateNotice({ dups, fields, merge, onMerge }: Props) {
  const i18n = useT();
  // Only what the card would change: an empty card field keeps what is there, so it is no choice.
  const rows = merge ? CARD_FIELDS.filter((f) => fields[f].trim() && !sameValue(f, fields[f], merge.dup.values[f])) : [];
  return (
    <div className="dup-notice" data-testid="capture-duplicate">
      <p className="dup-title"><Icon name="alert" size={14} />{i18n.t('capture.dupTitle')}</p>
      {dups.map((d) => (
        <div key={d.id} className="dup-row">
          <span>
            {i18n.t('capture.dupMatched', {
              name: d.name, company: d.company ? ` (${d.company})` : '', what: i18n.t(`capture.field.${d.matched}`),
            })}{' '}
            <a href={hrefOf({ name: 'contact', id: d.id })} className="link-button" target="_self">{i18n.t('capture.openContact')}</a>
          </span>
          {merge?.dup.id === d.id ? (
            <button type="button" className="button small" onClick={() => onMerge(null)} data-testid="capture-keep-new">{i18n.t('capture.dupKeepNew')}</button>
          ) : (
            <button type="button" className="button small primary" onClick={() => onMerge({ dup: d, pick: defaultPick(fields, d) })} data-testid="capture-update-existing">
              {i18n.t('capture.dupUpdate', { name: d.name })}
            </button>
          )}
        </div>
      ))}
      {merge ? (
        <div className="merge" data-testid="capture-merge">
          <p className="field-hint">{i18n.t('capture.merge', { name: merge.dup.name })}</p>
          <table className="merge-table">
            <thead>
              <tr><th /><th>{i18n.t('capture.mergeCard')}</th><th>{i18n.t('capture.mergeExisting')}</th></tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f} data-testid={`merge-${f}`}>
                  <th scope="row">{i18n.t(`capture.field.${f}`)}</th>
                  {(['card', 'existing'] as const).map((side) => {
                    const value = side === 'card' ? fields[f].trim() : merge.dup.values[f];
                    return (
                      <td key={side}>
                        <label className={merge.pick[f] === side ? 'merge-option picked' : 'merge-option'}>
                          <input
                            type="radio" name={`merge-${f}`} checked={merge.pick[f] === side} data-testid={`merge-${f}-${side}`}
                            onChange={() => onMerge({ ...merge, pick: { ...merge.pick, [f]: side } })}
                          />
                          <span>{value || i18n.t('capture.mergeEmpty')}</span>
                        </label>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="field-hint">{i18n.t('capture.mergeNote')}</p>
        </div>
      ) : null}
    </div>
  );
}
