// One follow-up on Today: who, why, when, the button that closes the loop, and snooze / skip /
// reschedule. Complaint responses are urgent and drawn in red.
import { forwardRef } from 'react';
import { StageChip } from '../../components/Chips';
import { Icon } from '../../components/Icon';
import { type I18n, useT } from '../../i18n';
import type { TodayItem } from '../../../../shared/domain/types';
import { hrefOf } from '../../stores/navigation';
import { ui } from '../../stores/ui';
import { FollowUpActions } from './FollowUpActions';

/** "Today", "Tomorrow", "In 3 days", "5 days overdue" from a calendar date. */
export function relativeDue(i18n: I18n, dueDate: string): string {
  const d = i18n.fmt.daysFromToday(dueDate);
  if (d === 0) return i18n.t('due.today');
  if (d === 1) return i18n.t('due.tomorrow');
  if (d === -1) return i18n.t('due.yesterday');
  return d > 0 ? i18n.t('due.inDays', { count: d }) : i18n.t('due.overdueDays', { count: -d });
}

interface RowProps {
  item: TodayItem;
  selected: boolean;
  menuOpen: boolean;
  onMenu(open: boolean): void;
  onSelect(): void;
}

export const TodayRow = forwardRef<HTMLLIElement, RowProps>(function TodayRow({ item, selected, menuOpen, onMenu, onSelect }, ref) {
  const i18n = useT();
  const urgent = item.priority === 'urgent';
  const cls = ['today-item', urgent ? 'urgent' : '', selected ? 'selected' : ''].filter(Boolean).join(' ');
  return (
    <li ref={ref} className={cls} data-testid="today-item" data-contact-id={item.contactId} data-follow-up-id={item.followUpId}
      data-kind={item.kind} data-urgent={urgent || undefined} aria-selected={selected} onMouseDown={onSelect}>
      <div className="today-main">
        <div className="today-who">
          {urgent ? <Icon name="alert" size={14} className="urgent-icon" /> : null}
          <a href={hrefOf({ name: 'contact', id: item.contactId })} className="today-name" data-testid="today-item-name">{item.name}</a>
          {item.company ? <span className="today-company" title={item.company}>{item.company}</span> : null}
          <StageChip stage={item.stage} />
          <FollowUpActions target={{ followUpId: item.followUpId, name: item.name, dueDate: item.dueDate, dueAt: item.dueAt }}
            menuOpen={menuOpen} onMenu={onMenu} keys={selected} />
        </div>
        <p className="today-reason" data-testid="today-item-reason">
          <span className="today-kind">{i18n.followUp(item.kind)}</span>
          <span className="sep" aria-hidden="true">·</span>
          {i18n.reason(item.why)}
        </p>
        {item.also?.map((a) => (
          <p key={a.followUpId} className="today-reason also" data-testid="today-item-also">
            <span className="today-kind">+ {i18n.followUp(a.kind)}</span>
            <span className="sep" aria-hidden="true">·</span>
            {i18n.reason(a.why)}
          </p>
        ))}
      </div>
      <div className={`today-due due-${item.bucket}`} title={i18n.fmt.instant(item.dueAt, true)}>
        <span className="today-due-rel">{relativeDue(i18n, item.dueDate)}</span>
        <span className="today-due-date">{i18n.fmt.date(item.dueDate)}</span>
      </div>
      <button type="button" className={urgent ? 'button small danger' : 'button small'} onClick={() => ui.openLogTouch(item.contactId, item.followUpId)} data-testid="today-log-touch">
        <Icon name="check" />
        {i18n.t('today.logTouch')}
      </button>
    </li>
  );
});
