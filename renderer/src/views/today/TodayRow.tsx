// One follow-up on Today: who, why, when, and the button that closes the loop.
import { StageChip } from '../../components/Chips';
import { Icon } from '../../components/Icon';
import { type I18n, useT } from '../../i18n';
import type { TodayItem } from '../../../../shared/domain/types';
import { hrefOf } from '../../stores/navigation';
import { ui } from '../../stores/ui';

/** "Today", "Tomorrow", "In 3 days", "5 days overdue" from a calendar date. */
export function relativeDue(i18n: I18n, dueDate: string): string {
  const d = i18n.fmt.daysFromToday(dueDate);
  if (d === 0) return i18n.t('due.today');
  if (d === 1) return i18n.t('due.tomorrow');
  if (d === -1) return i18n.t('due.yesterday');
  return d > 0 ? i18n.t('due.inDays', { count: d }) : i18n.t('due.overdueDays', { count: -d });
}

export function TodayRow({ item }: { item: TodayItem }) {
  const i18n = useT();
  return (
    <li className="today-item" data-testid="today-item" data-contact-id={item.contactId} data-follow-up-id={item.followUpId}>
      <div className="today-main">
        <div className="today-who">
          <a href={hrefOf({ name: 'contact', id: item.contactId })} className="today-name" data-testid="today-item-name">{item.name}</a>
          {item.company ? <span className="today-company">{item.company}</span> : null}
          <StageChip stage={item.stage} />
        </div>
        <p className="today-reason" data-testid="today-item-reason">
          <span className="today-kind">{i18n.followUp(item.kind)}</span>
          <span className="sep" aria-hidden="true">·</span>
          {i18n.reason(item.why)}
        </p>
      </div>
      <div className={`today-due due-${item.bucket}`} title={i18n.fmt.instant(item.dueAt, true)}>
        <span className="today-due-rel">{relativeDue(i18n, item.dueDate)}</span>
        <span className="today-due-date">{i18n.fmt.date(item.dueDate)}</span>
      </div>
      <button type="button" className="button small" onClick={() => ui.openLogTouch(item.contactId, item.followUpId)} data-testid="today-log-touch">
        <Icon name="check" />
        {i18n.t('today.logTouch')}
      </button>
    </li>
  );
}
