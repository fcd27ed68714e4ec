// Lifecycle suggestions on Today: "move to Active — 90 days since the first contract", each
// with Accept (recorded in stage history with the rule as its reason) and Dismiss.
import { useState } from 'react';
import type { LifecycleSuggestionItem } from '../../../../shared/domain/types';
import { StageChip } from '../../components/Chips';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { hrefOf } from '../../stores/navigation';
import { suggestions, useSuggestions } from '../../stores/suggestions';
import { notify, notifyError } from '../../stores/toasts';

const SHOW_FIRST = 10;

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
  const items = useSuggestions((s) => s.items);
  const total = useSuggestions((s) => s.total);
  const [limit, setLimit] = useState(SHOW_FIRST);
  // The store holds a page; showing past it asks for more first.
  async function showMore() {
    const next = limit + 50;
    if (next > items.length && total > items.length) await useSuggestions.getState().more(next);
    setLimit(next);
  }
  if (!items.length) return null;
  return (
    <section className="today-bucket bucket-suggestions" data-testid="today-suggestions" aria-labelledby="bucket-suggestions">
      <h2 className="bucket-title" id="bucket-suggestions">
        {i18n.t('sug.title')}
        <span className="bucket-count">{i18n.num(total)}</span>
      </h2>
      <ul className="today-list">
        {items.slice(0, limit).map((s) => (
          <li key={`${s.contactId}:${s.to}`} className="today-item suggestion" data-testid="suggestion-item" data-contact-id={s.contactId} data-to={s.to}>
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
          </li>
        ))}
      </ul>
      {total > limit ? (
        <button type="button" className="link-button show-more" onClick={() => void showMore()}>
          {i18n.t('today.showMore', { count: Math.min(50, total - limit) })}
        </button>
      ) : null}
    </section>
  );
}
