// Lifecycle suggestions on Today: "move to Active — 90 days since the first contract", each
// with Accept (recorded in stage history with the rule as its reason) and Dismiss. A 100k book
// has ~10,000: the list is virtualized in a box of its own (only the rows on screen exist) and
// fetches the pages of suggestions.list its rows fall on as it scrolls (stores/suggestions.ts).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { LifecycleSuggestionItem } from '../../../../shared/domain/types';
import { StageChip } from '../../components/Chips';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { hrefOf } from '../../stores/navigation';
import { suggestionAt, suggestions, useSuggestions } from '../../stores/suggestions';
import { notify, notifyError } from '../../stores/toasts';

/** A row's height before it is measured (a name line and a reason line); rows that wrap are measured. */
const ROW_ESTIMATE = 65;

export async function acceptSuggestion(s: LifecycleSuggestionItem): Promise<void> {
  try {
    await suggestions.accept(s.contactId, s.to);
    notify((i) => i.t('sug.accepted', { name: s.name, stage: i.stage(s.to) }));
  } catch (e) {
    notifyError(e);
  }
}

export async function dismissSuggestion(s: LifecycleSuggestionItem): Promise<void> {
  try {
    await suggestions.dismiss(s.contactId, s.to);
    notify((i) => i.t('sug.dismissed', { name: s.name }));
  } catch (e) {
    notifyError(e);
  }
}

export function SuggestionActions({ s }: { s: LifecycleSuggestionItem }) {
  const i18n = useT();
  return (
    <div className="suggestion-actions">
      <button type="button" className="button small" onClick={() => void dismissSuggestion(s)} data-testid="suggestion-dismiss">{i18n.t('sug.dismiss')}</button>
      <button type="button" className="button small primary" onClick={() => void acceptSuggestion(s)} data-testid="suggestion-accept">
        <Icon name="check" />{i18n.t('sug.accept')}
      </button>
    </div>
  );
}

export function Suggestions() {
  const i18n = useT();
  const total = useSuggestions((s) => s.total);
  const pages = useSuggestions((s) => s.pages);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows[rows.length - 1]?.index ?? 0;
  useEffect(() => {
    useSuggestions.getState().ensureRange(first, last);
  }, [first, last, total]);

  if (!total) return null;
  return (
    <section className="today-bucket bucket-suggestions" data-testid="today-suggestions" aria-labelledby="bucket-suggestions">
      <h2 className="bucket-title" id="bucket-suggestions">
        {i18n.t('sug.title')}
        <span className="bucket-count" data-testid="today-suggestions-count">{i18n.num(total)}</span>
      </h2>
      <div className="suggestion-scroll" ref={scrollRef} data-testid="suggestion-scroll">
        <ul className="suggestion-canvas" style={{ height: virtualizer.getTotalSize() }} aria-labelledby="bucket-suggestions">
          {rows.map((v) => {
            const s = suggestionAt({ pages }, v.index);
            return (
              <li key={s ? `${s.contactId}:${s.to}` : `row-${v.index}`} ref={virtualizer.measureElement} data-index={v.index}
                aria-setsize={total} aria-posinset={v.index + 1} style={{ transform: `translateY(${v.start}px)` }}
                className={`today-item suggestion${s ? '' : ' loading'}`}
                {...(s ? { 'data-testid': 'suggestion-item', 'data-contact-id': s.contactId, 'data-to': s.to } : {})}>
                {s ? (
                  <>
                    <div className="today-main">
                      <div className="today-who">
                        <a href={hrefOf({ name: 'contact', id: s.contactId })} className="today-name">{s.name}</a>
                        <StageChip stage={s.from} />
                        <Icon name="arrowRight" size={12} className="muted" />
                        <StageChip stage={s.to} />
                      </div>
                      <p className="today-reason" data-testid="suggestion-reason">{i18n.reason(s.why)}</p>
                    </div>
                    <SuggestionActions s={s} />
                  </>
                ) : <span className="muted small">{i18n.t('todayPage.loading')}</span>}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
