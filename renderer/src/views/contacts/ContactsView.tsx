// Contacts: instant search over the whole book, filters, and a virtualized list paged from
// the backend. Arrow keys move through hits from the search box; Enter opens one.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import { EmptyState, PageHeader } from '../../components/Misc';
import { useT } from '../../i18n';
import { rowAt, useContacts } from '../../stores/contacts';
import { navigate } from '../../stores/navigation';
import { ui, useUi } from '../../stores/ui';
import { ContactList } from './ContactList';
import { ContactsToolbar } from './ContactsToolbar';

// The `/` request already answered, so remounting the screen does not steal focus again.
let focusConsumed = 0;

export function ContactsView() {
  const i18n = useT();
  const state = useContacts();
  const { q, hits, hitsFor, total, filters } = state;
  const searching = hits !== null && q.trim() !== '';
  const count = searching ? hits.length : total ?? 0;
  const [active, setActive] = useState(-1);
  const searchRef = useRef<HTMLInputElement>(null);
  const focusSearch = useUi((s) => s.focusSearch);

  useEffect(() => {
    if (focusSearch > focusConsumed) {
      focusConsumed = focusSearch;
      searchRef.current?.focus();
      searchRef.current?.select();
    }
  }, [focusSearch]);

  // A new answer puts the highlight on the first hit, so Enter opens it.
  useEffect(() => setActive(searching ? 0 : -1), [hitsFor, searching]);

  const row = useCallback((i: number) => (searching ? hits[i] : rowAt(useContacts.getState(), i)), [searching, hits]);
  const onRange = useCallback((start: number, end: number) => useContacts.getState().ensureRange(start, end), []);

  function open(i: number) {
    const c = row(i);
    if (c) navigate({ name: 'contact', id: c.id });
  }

  /** Open the highlighted hit; if the hits do not answer the box yet (Enter within the debounce), ask now. */
  function enter() {
    const s = useContacts.getState();
    if (s.q.trim() && s.hitsFor !== s.q) {
      void s.searchNow().then((items) => { if (items[0]) navigate({ name: 'contact', id: items[0].id }); });
    } else {
      open(Math.max(0, active));
    }
  }

  // Enter while the Korean IME is composing the last syllable commits it first; act once the
  // composition has ended, so one Enter is enough.
  const pendingEnter = useRef(false);

  function onSearchKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.nativeEvent.isComposing) {
      if (e.key === 'Enter') pendingEnter.current = true;
      return;
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(count - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      enter();
    } else if (e.key === 'Escape') {
      if (q) {
        e.preventDefault();
        state.setQuery('');
      } else {
        searchRef.current?.blur();
      }
    }
  }

  function onCompositionEnd() {
    if (!pendingEnter.current) return;
    pendingEnter.current = false;
    setTimeout(enter, 0);
  }

  const filtered = Boolean(filters.stage || filters.tag || filters.freshness);
  const countText = searching ? i18n.t('contacts.hits', { count: hits.length }) : total !== null ? i18n.t('contacts.count', { count: total }) : '';

  return (
    <div className="page contacts-page" data-testid="contacts-view">
      <PageHeader
        title={i18n.t('contacts.title')}
        meta={<span data-testid="contacts-count">{countText}</span>}
        actions={
          <button type="button" className="button primary" onClick={() => ui.openContactForm(null)} data-testid="add-contact">
            <Icon name="plus" />
            {i18n.t('contacts.new')}
          </button>
        }
      >
        <ContactsToolbar ref={searchRef} onSearchKeyDown={onSearchKeyDown} onCompositionEnd={onCompositionEnd} />
      </PageHeader>
      <div className="page-body list-body">
        {searching && hits.length === 0 ? (
          <EmptyState icon="search" title={i18n.t('contacts.noHits', { q: hitsFor })} body={i18n.t('contacts.noHitsHint')} testId="contacts-no-hits" />
        ) : !searching && total === 0 && filtered ? (
          <EmptyState icon="contacts" title={i18n.t('contacts.noneFiltered')}>
            <button type="button" className="button" onClick={() => state.setFilters({ stage: null, tag: null, freshness: null })}>
              {i18n.t('contacts.clearFilters')}
            </button>
          </EmptyState>
        ) : (
          <ContactList
            count={count}
            rowAt={row}
            {...(searching ? {} : { onRange })}
            active={active}
            resetKey={`${searching ? `q:${hitsFor}` : ''}|${filters.stage}|${filters.tag}|${filters.freshness}|${filters.sort}`}
          />
        )}
      </div>
    </div>
  );
}
