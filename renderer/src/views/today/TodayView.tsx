// Today: what is due, grouped overdue / today / next 7 days, each with its reason and a
// one-click "Log touch" bound to that follow-up. Saving a touch reloads this list at once.
import { useState } from 'react';
import { EmptyState, PageHeader } from '../../components/Misc';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n';
import type { TodayBucket, TodayItem } from '../../../../shared/domain/types';
import { useToday } from '../../stores/today';
import { TodayRow } from './TodayRow';

const BUCKETS: { bucket: TodayBucket; label: MessageKey }[] = [
  { bucket: 'overdue', label: 'today.overdue' },
  { bucket: 'today', label: 'today.today' },
  { bucket: 'upcoming', label: 'today.upcoming' },
];

/** A long backlog is shown a page at a time; nobody works through 500 rows in one list. */
const SHOW_FIRST = 50;

function Bucket({ bucket, label, items, total }: { bucket: TodayBucket; label: MessageKey; items: TodayItem[]; total: number }) {
  const i18n = useT();
  const [limit, setLimit] = useState(SHOW_FIRST);
  if (!items.length) return null;
  const hidden = items.length - limit;
  return (
    <section className={`today-bucket bucket-${bucket}`} data-testid={`today-bucket-${bucket}`} aria-labelledby={`bucket-${bucket}`}>
      <h2 className="bucket-title" id={`bucket-${bucket}`}>
        {i18n.t(label)}
        <span className="bucket-count" data-testid={`today-bucket-${bucket}-count`}>{i18n.num(total)}</span>
      </h2>
      <ul className="today-list">
        {items.slice(0, limit).map((item) => <TodayRow key={item.followUpId} item={item} />)}
      </ul>
      {hidden > 0 ? (
        <button type="button" className="link-button show-more" onClick={() => setLimit((l) => l + SHOW_FIRST * 4)} data-testid={`today-bucket-${bucket}-more`}>
          {i18n.t('today.showMore', { count: hidden })}
        </button>
      ) : null}
      {hidden <= 0 && total > items.length ? (
        <p className="muted show-more" data-testid={`today-bucket-${bucket}-truncated`}>
          {i18n.t(bucket === 'upcoming' ? 'today.upcomingTruncated' : 'today.overdueTruncated', { shown: i18n.num(items.length), total: i18n.num(total) })}
        </p>
      ) : null}
    </section>
  );
}

export function TodayView() {
  const i18n = useT();
  const { items, date, loaded, counts } = useToday();
  const grouped = BUCKETS.map((b) => ({ ...b, items: items.filter((i) => i.bucket === b.bucket), total: counts[b.bucket] }));

  return (
    <div className="page" data-testid="today-view">
      <PageHeader title={i18n.t('today.title')} meta={date ? i18n.fmt.longDate(date) : null} />
      <div className="page-body today-body">
        {loaded && items.length === 0 ? (
          <EmptyState icon="check" title={i18n.t('today.clearTitle')} body={i18n.t('today.clearBody')} testId="today-empty" />
        ) : (
          grouped.map((g) => <Bucket key={g.bucket} {...g} />)
        )}
      </div>
    </div>
  );
}
