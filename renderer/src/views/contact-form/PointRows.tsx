// One group of contact points in the form (phones, e-mails, addresses, web/messenger): dynamic
// rows with kind, value, label, a primary toggle and remove.
import { Icon } from '../../components/Icon';
import { phoneReading } from '../../../../shared/rules/phone-reading';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { navigate } from '../../stores/navigation';
import { ui } from '../../stores/ui';
import { GROUP_KINDS, type PointGroup, type PointRow, emptyRow } from './formModel';
import type { PointOwners } from './usePointOwners';

interface PointRowsProps {
  group: PointGroup;
  title: MessageKey;
  addLabel: MessageKey;
  rows: PointRow[];
  errors: Record<string, string>;
  /** Other people who already have a row's number or e-mail (by row key). */
  owners?: PointOwners;
  onChange(rows: PointRow[]): void;
}

/** Leaves the form for the person who already has the number. */
function openOwner(id: string) {
  ui.closeContactForm();
  navigate({ name: 'contact', id });
}

const INPUT_TYPES: Record<PointGroup, string> = { phone: 'tel', email: 'email', address: 'text', other: 'text' };

export function PointRows({ group, title, addLabel, rows, errors, owners = {}, onChange }: PointRowsProps) {
  const i18n = useT();
  const kinds = GROUP_KINDS[group];
  const update = (key: string, patch: Partial<PointRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  // The backend makes the first of a kind primary when none is marked; show it that way.
  const isPrimary = (row: PointRow) => row.primary || (!rows.some((r) => r.kind === row.kind && r.primary) && rows.find((r) => r.kind === row.kind) === row);

  function makePrimary(row: PointRow) {
    // One primary per kind, as the backend keeps it.
    onChange(rows.map((r) => (r.kind === row.kind ? { ...r, primary: r.key === row.key } : r)));
  }

  return (
    <fieldset className="point-group" data-testid={`form-${group}-group`}>
      <legend className="field-label">{i18n.t(title)}</legend>
      {rows.map((row) => {
        const error = errors[`point:${row.key}`];
        const primary = isPrimary(row);
        const inputId = `point-${row.key}`;
        const reading = group === 'phone' && !error ? phoneReading(row.value) : null;
        return (
          <div key={row.key} className={error ? 'point-row has-error' : 'point-row'} data-testid={`form-${group}-row`} data-kind={row.kind}>
            <div className="point-row-controls">
              {kinds.length > 1 ? (
                <select
                  className="select kind-select"
                  value={row.kind}
                  onChange={(e) => update(row.key, { kind: e.target.value as PointRow['kind'] })}
                  aria-label={i18n.t(title)}
                  data-testid={`form-${group}-kind`}
                >
                  {kinds.map((k) => <option key={k} value={k}>{i18n.pointKind(k)}</option>)}
                </select>
              ) : (
                // Same column as the kind picker of other groups, so the value boxes line up.
                <span className="kind-static">{i18n.pointKind(row.kind)}</span>
              )}
              <input
                id={inputId}
                className="input point-value-input"
                type={INPUT_TYPES[group]}
                inputMode={group === 'phone' ? 'tel' : group === 'email' ? 'email' : undefined}
                value={row.value}
                onChange={(e) => update(row.key, { value: e.target.value })}
                aria-label={i18n.t(title)}
                aria-invalid={Boolean(error)}
                aria-describedby={error ? `${inputId}-error` : undefined}
                data-testid={`form-${group}-value`}
                autoComplete="off"
              />
              <input
                className="input label-input"
                value={row.label}
                onChange={(e) => update(row.key, { label: e.target.value })}
                placeholder={i18n.t('form.pointLabelPlaceholder')}
                aria-label={i18n.t('form.pointLabel')}
                maxLength={40}
                data-testid={`form-${group}-label`}
              />
              <button
                type="button"
                className={primary ? 'icon-button primary-toggle on' : 'icon-button primary-toggle'}
                onClick={() => makePrimary(row)}
                aria-pressed={primary}
                title={primary ? i18n.t('form.isPrimary') : i18n.t('form.makePrimary')}
                aria-label={primary ? i18n.t('form.isPrimary') : i18n.t('form.makePrimary')}
                data-testid={`form-${group}-primary`}
              >
                <Icon name="star" />
              </button>
              <button
                type="button"
                className="icon-button"
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                aria-label={i18n.t('form.removeRow')}
                title={i18n.t('form.removeRow')}
                data-testid={`form-${group}-remove`}
              >
                <Icon name="x" />
              </button>
            </div>
            {error ? <p className="field-error" id={`${inputId}-error`} data-testid={`form-${group}-error`}>{error}</p> : null}
            {reading ? (
              <p className="point-owner-notice" role="status" data-testid="form-phone-reading">
                {reading.kind === 'korean' ? i18n.t('form.phoneReadAsKorean', { display: reading.display }) : i18n.t('form.phoneNoCountry')}
              </p>
            ) : null}
            {owners[row.key]?.length ? (
              <p className="point-owner-notice" role="status" data-testid={`form-${group}-owner`}>
                {i18n.t(group === 'email' ? 'form.ownerEmail' : 'form.ownerPhone')}{' '}
                {owners[row.key]!.map((o, n) => (
                  <span key={o.id}>
                    {n ? ', ' : ''}{o.name}{' '}
                    <button type="button" className="link-button" onClick={() => openOwner(o.id)} data-testid="form-owner-open">({i18n.t('form.ownerOpen')})</button>
                  </span>
                ))}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="button" className="link-button add-row" onClick={() => onChange([...rows, emptyRow(kinds[0]!)])} data-testid={`form-${group}-add`}>
        <Icon name="plus" size={14} />
        {i18n.t(addLabel)}
      </button>
    </fieldset>
  );
}
