// Search box and filters above the list.
import { forwardRef } from 'react';
import { FRESHNESS, STAGES, type Freshness, type Stage } from '../../../../shared/domain/enums';
import { Icon } from '../../components/Icon';
import { Kbd } from '../../components/Misc';
import { useT } from '../../i18n';
import { SORTS, type Sort, useContacts } from '../../stores/contacts';

interface ToolbarProps {
  onSearchKeyDown(e: React.KeyboardEvent<HTMLInputElement>): void;
  onCompositionEnd(): void;
}

export const ContactsToolbar = forwardRef<HTMLInputElement, ToolbarProps>(function ContactsToolbar({ onSearchKeyDown, onCompositionEnd }, ref) {
  const i18n = useT();
  const { q, filters, tags, setQuery, setFilters } = useContacts();
  return (
    <div className="toolbar">
      <label className="search-box">
        <Icon name="search" />
        <input
          ref={ref}
          type="search"
          value={q}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKeyDown}
          onCompositionEnd={onCompositionEnd}
          placeholder={i18n.t('contacts.search')}
          aria-label={i18n.t('contacts.search')}
          data-testid="contacts-search"
          autoComplete="off"
          spellCheck={false}
        />
        {q ? null : <Kbd>/</Kbd>}
      </label>
      <select
        value={filters.stage ?? ''}
        onChange={(e) => setFilters({ stage: (e.target.value || null) as Stage | null })}
        aria-label={i18n.t('contacts.filterStage')}
        data-testid="filter-stage"
        className={filters.stage ? 'select active' : 'select'}
      >
        <option value="">{i18n.t('contacts.allStages')}</option>
        {STAGES.map((s) => <option key={s} value={s}>{i18n.stage(s)}</option>)}
      </select>
      <select
        value={filters.tag ?? ''}
        onChange={(e) => setFilters({ tag: e.target.value || null })}
        aria-label={i18n.t('contacts.filterTag')}
        data-testid="filter-tag"
        className={filters.tag ? 'select active' : 'select'}
      >
        <option value="">{i18n.t('contacts.allTags')}</option>
        {tags.map((t) => <option key={t.name} value={t.name}>#{t.name} ({t.count})</option>)}
      </select>
      <select
        value={filters.freshness ?? ''}
        onChange={(e) => setFilters({ freshness: (e.target.value || null) as Freshness | null })}
        aria-label={i18n.t('contacts.filterFreshness')}
        data-testid="filter-freshness"
        className={filters.freshness ? 'select active' : 'select'}
      >
        <option value="">{i18n.t('contacts.anyFreshness')}</option>
        {FRESHNESS.map((f) => <option key={f} value={f}>{i18n.freshness(f)}</option>)}
      </select>
      <select
        value={filters.sort}
        onChange={(e) => setFilters({ sort: e.target.value as Sort })}
        aria-label={i18n.t('contacts.sort')}
        data-testid="sort"
        className="select"
        disabled={Boolean(q.trim())}
      >
        {SORTS.map((s) => <option key={s} value={s}>{i18n.t(`contacts.sort.${s}`)}</option>)}
      </select>
    </div>
  );
});
