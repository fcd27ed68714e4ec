// Snooze (tomorrow / next week / pick a date), Skip and Reschedule for one follow-up, on Today
// and on a contact page. The snooze menu can also be opened from the keyboard (`s` on Today).
import { useEffect, useRef } from 'react';
import { Icon } from '../../components/Icon';
import { Kbd } from '../../components/Misc';
import { type I18n, useT } from '../../i18n';
import { followUps, openReschedule, snoozeDate, type SnoozeChoice } from '../../stores/followups';
import { notify, notifyError } from '../../stores/toasts';

export interface FollowUpTarget {
  followUpId: string;
  name: string;
  dueDate: string;
  dueAt: string;
}

export async function snoozeTo(target: FollowUpTarget, until: string): Promise<void> {
  try {
    const f = await followUps.snooze(target.followUpId, until);
    notify((i) => i.t('fu.snoozed', { name: target.name, date: i.fmt.date(f.dueDate) }),
      { label: 'common.undo', run: () => void followUps.unsnooze(target.followUpId, target.dueAt).catch(notifyError) });
  } catch (e) {
    notifyError(e);
  }
}

export async function skip(target: FollowUpTarget): Promise<void> {
  try {
    const r = await followUps.skip(target.followUpId);
    notify((i) => (r.next ? i.t('fu.skippedNext', { name: target.name, date: i.fmt.date(r.next.dueDate) }) : i.t('fu.skipped', { name: target.name })),
      { label: 'common.undo', run: () => void followUps.unskip(target.followUpId).catch(notifyError) });
  } catch (e) {
    notifyError(e);
  }
}

export const reschedule = (target: FollowUpTarget, mode: 'snooze' | 'reschedule') =>
  openReschedule({ followUpId: target.followUpId, name: target.name, dueDate: target.dueDate, dueAt: target.dueAt, mode });

const CHOICES: SnoozeChoice[] = ['tomorrow', 'nextWeek'];

/** The snooze choices, focused on open; ↑/↓ move, Esc closes. */
export function SnoozeMenu({ target, onClose }: { target: FollowUpTarget; onClose(): void }) {
  const i18n = useT();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (e: MouseEvent) => { if (!ref.current?.contains(e.target as Node)) onClose(); };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);

  function onKeyDown(e: React.KeyboardEvent) {
    const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onClose(); }
    else if (e.key === 'ArrowDown' || e.key === 'j') { e.preventDefault(); e.stopPropagation(); items[(at + 1) % items.length]?.focus(); }
    else if (e.key === 'ArrowUp' || e.key === 'k') { e.preventDefault(); e.stopPropagation(); items[(at - 1 + items.length) % items.length]?.focus(); }
    else if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
    else if (!e.ctrlKey && !e.metaKey && !e.altKey) e.stopPropagation();
  }

  const today = i18n.fmt.today();
  return (
    <div className="menu" role="menu" ref={ref} onKeyDown={onKeyDown} data-testid="snooze-menu">
      {CHOICES.map((c) => {
        const date = snoozeDate(today, c);
        return (
          <button key={c} type="button" role="menuitem" className="menu-item" data-testid={`snooze-${c}`}
            onClick={() => { onClose(); void snoozeTo(target, date); }}>
            <span>{i18n.t(c === 'tomorrow' ? 'fu.tomorrow' : 'fu.nextWeek')}</span>
            <span className="menu-hint">{i18n.fmt.date(date)}</span>
          </button>
        );
      })}
      <button type="button" role="menuitem" className="menu-item" data-testid="snooze-pick" onClick={() => { onClose(); reschedule(target, 'snooze'); }}>
        <span>{i18n.t('fu.pickDate')}</span>
      </button>
    </div>
  );
}

interface ActionsProps {
  target: FollowUpTarget;
  menuOpen: boolean;
  onMenu(open: boolean): void;
  /** Show the keys Today binds (S, X, R). */
  keys?: boolean;
}

export function FollowUpActions({ target, menuOpen, onMenu, keys = false }: ActionsProps) {
  const i18n = useT();
  return (
    <div className="fu-actions" data-testid="fu-actions">
      <div className="menu-anchor">
        <button type="button" className="button small ghost" aria-haspopup="menu" aria-expanded={menuOpen}
          onClick={() => onMenu(!menuOpen)} data-testid="fu-snooze" title={i18n.t('fu.snooze')}>
          <Icon name="clock" size={14} />{i18n.t('fu.snooze')}{keys ? <Kbd>S</Kbd> : null}
        </button>
        {menuOpen ? <SnoozeMenu target={target} onClose={() => onMenu(false)} /> : null}
      </div>
      <button type="button" className="button small ghost" onClick={() => void skip(target)} data-testid="fu-skip" title={i18n.t('fu.skipHint')}>
        {i18n.t('fu.skip')}{keys ? <Kbd>X</Kbd> : null}
      </button>
      <button type="button" className="button small ghost" onClick={() => reschedule(target, 'reschedule')} data-testid="fu-reschedule">
        {i18n.t('fu.reschedule')}{keys ? <Kbd>R</Kbd> : null}
      </button>
    </div>
  );
}
