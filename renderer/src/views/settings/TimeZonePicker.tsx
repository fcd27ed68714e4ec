// The time zone as a searchable list in the reader's words ("서울 (GMT+9) · 한국 표준시"): type a
// city in Korean or English, a zone name, "GMT+9" or the ID; ↑/↓ move, Enter picks, Esc puts the
// current zone back. The IANA ID is what gets stored.
import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { allZones, searchZones, zoneLabel } from '../../i18n/timezones';
import { Icon } from '../../components/Icon';
import { useComboboxKeys } from '../../hooks/useComboboxKeys';

/** Rendering all ~420 zones on every keystroke is wasteful; a search narrows them anyway. */
const SHOWN = 80;

export function TimeZonePicker({ id, value, onPick }: { id: string; value: string; onPick(zone: string): void }) {
  const i18n = useT();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  // Offsets depend on the day (summer time): labels are made for today's noon, once a day.
  const day = Math.floor(i18n.fmt.now() / 86_400_000);
  const now = day * 86_400_000 + 43_200_000;
  const labels = useMemo(() => allZones(value).map((z) => zoneLabel(z, i18n.locale, now)), [i18n.locale, value, now]);
  const current = labels.find((l) => l.zone === value) ?? zoneLabel(value, i18n.locale, now);
  const hits = useMemo(() => searchZones(labels, q).slice(0, SHOWN), [labels, q]);

  const close = () => { setOpen(false); setQ(''); setActive(0); };
  const pick = (zone: string) => { close(); onPick(zone); };
  const { active, setActive, listRef, onKeyDown } = useComboboxKeys({
    count: hits.length, open, onOpen: () => setOpen(true),
    onPick: (n, input) => { pick(hits[n]!.zone); input.blur(); },
    onEscape: (input) => { close(); input.blur(); },
  });

  return (
    <div className="picker tz-picker">
      <div className="picker-box">
        <Icon name="search" size={14} />
        <input
          id={id}
          className="input"
          value={open ? q : `${current.text}${current.generic ? ` · ${current.generic}` : ''}`}
          onFocus={(e) => { setOpen(true); setQ(''); setActive(Math.max(0, labels.findIndex((l) => l.zone === value))); e.target.select(); }}
          onChange={(e) => { setOpen(true); setQ(e.target.value); setActive(0); }}
          onBlur={close}
          placeholder={i18n.t('settings.timeZoneSearch')}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          autoComplete="off"
          data-testid="settings-timezone"
          data-zone={value}
          onKeyDown={onKeyDown}
        />
      </div>
      {open ? (
        <ul className="picker-hits tz-hits" id={listId} role="listbox" ref={listRef} data-testid="settings-timezone-hits">
          {hits.length ? hits.map((l, n) => (
            <li key={l.zone} role="option" aria-selected={l.zone === value}>
              {/* mousedown, not click: the input's blur would close the list first. */}
              <button type="button" tabIndex={-1} className={n === active ? 'picker-hit active' : 'picker-hit'} onMouseEnter={() => setActive(n)}
                onMouseDown={(e) => { e.preventDefault(); pick(l.zone); }} data-testid="settings-timezone-hit" data-zone={l.zone}>
                <strong>{l.text}</strong>
                <span className="muted">{l.generic}</span>
                {l.zone === value ? <Icon name="check" size={13} /> : null}
              </button>
            </li>
          )) : <li className="picker-none muted">{i18n.t('settings.timeZoneNone')}</li>}
        </ul>
      ) : null}
    </div>
  );
}
