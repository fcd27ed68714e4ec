// Pick a contact by typing part of a name, company, number or 초성 (contacts.search as you
// type). ↑/↓ move through the hits, Enter picks, Esc clears. Used for "Referred by" and
// "Record a referral".
import { useEffect, useId, useRef, useState } from 'react';
import type { ContactSummary } from '../../../shared/domain/types';
import { invoke } from '../api/client';
import { useT } from '../i18n';
import { StageChip } from './Chips';
import { Icon } from './Icon';
import { useComboboxKeys } from '../hooks/useComboboxKeys';

interface PickerProps {
  id?: string;
  /** Ids never offered (the contact itself). */
  exclude?: string[];
  onPick(c: ContactSummary): void;
  placeholder?: string;
  autoFocus?: boolean;
  invalid?: boolean;
  testId: string;
}

export function ContactPicker({ id, exclude = [], onPick, placeholder, autoFocus, invalid, testId }: PickerProps) {
  const i18n = useT();
  const listId = useId();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<ContactSummary[]>([]);
  const seq = useRef(0);
  const skip = exclude.join(',');
  const pick = (c: ContactSummary) => { onPick(c); setQ(''); setHits([]); };
  const { active, setActive, listRef, onKeyDown } = useComboboxKeys({
    count: hits.length, open: q !== '', onPick: (n) => pick(hits[n]!), onEscape: () => setQ(''),
  });

  useEffect(() => {
    const text = q.trim();
    if (!text) { setHits([]); return; }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      invoke('contacts.search', { q: text, limit: 8 }).then((r) => {
        if (mine !== seq.current) return;
        const hidden = new Set(skip.split(','));
        setHits(r.items.filter((c) => !hidden.has(c.id) && !c.deletedAt));
        setActive(0);
      }, () => undefined);
    }, 120);
    return () => clearTimeout(timer);
  }, [q, skip]);


  return (
    <div className="picker">
      <div className="picker-box">
        <Icon name="search" size={14} />
        <input
          id={id}
          className="input"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={placeholder ?? i18n.t('picker.placeholder')}
          autoFocus={autoFocus}
          data-autofocus={autoFocus ? true : undefined}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-invalid={invalid}
          autoComplete="off"
          data-testid={testId}
          onKeyDown={onKeyDown}
        />
      </div>
      {q.trim() ? (
        <ul className="picker-hits" id={listId} role="listbox" ref={listRef} data-testid={`${testId}-hits`}>
          {hits.length ? hits.map((c, n) => (
            <li key={c.id} role="option" aria-selected={n === active}>
              <button type="button" className={n === active ? 'picker-hit active' : 'picker-hit'} onMouseEnter={() => setActive(n)}
                onClick={() => pick(c)} data-testid={`${testId}-hit`}>
                <strong>{c.name}</strong>
                {c.company ? <span className="muted">{c.company}</span> : null}
                <StageChip stage={c.stage} />
              </button>
            </li>
          )) : <li className="picker-none muted">{i18n.t('picker.none')}</li>}
        </ul>
      ) : null}
    </div>
  );
}
