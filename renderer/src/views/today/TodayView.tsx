// Today: urgent complaint responses first (in red), then what is due grouped overdue / today /
// next 7 days, each with its reason, a one-click "Log touch" and snooze / skip / reschedule;
// below them the lifecycle suggestions. Keyboard: j/k or ↑/↓ select, Enter opens, l logs a
// touch, s snoozes, x skips, r reschedules.
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { EmptyState, PageHeader } from '../../components/Misc';
import { isTypingTarget } from '../../hooks/useHotkey';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n';
import type { TodayItem } from '../../../../shared/domain/types';
import { MARKS, afterNextPaint, markOnce } from '../../perf';
import { navigate } from '../../stores/navigation';
import { useSuggestions } from '../../stores/suggestions';
import { TODAY_MAX_PAGE, useToday, type PagedBucket } from '../../stores/today';
import { anyOverlayOpen, ui } from '../../stores/ui';
import { prefetchScreens } from '../screens';
import { reschedule, skip } from './FollowUpActions';
import { Suggestions } from './Suggestions';
import { TodayRow } from './TodayRow';

type Group = 'urgent' | 'overdue' | 'today' | 'upcoming';

const GROUPS: { group: Group; label: MessageKey }[] = [
  { group: 'urgent', label: 'fu.urgent' },
  { group: 'overdue', label: 'today.overdue' },
  { group: 'today', label: 'today.today' },
  { group: 'upcoming', label: 'today.upcoming' },
];

/**
 * A long backlog is shown a page at a time; nobody works through 500 rows in one list. The rows
 * on screen grow by SHOW_STEP per "Show more"; when they run past what the store holds, it asks
 * the backend for the bucket's next page first (stores/today.ts). Overdue shows its most recent
 * rows (the end of the bucket) and grows upwards, "Show earlier" on top.
 */
const SHOW_FIRST = 50;
const SHOW_STEP = SHOW_FIRST * 4;

/**
 * Rows drawn before the screen is first painted: more than a tall window holds. The rest of the
 * page (up to SHOW_FIRST a bucket) is drawn right after that paint, below what is already on
 * screen, so nothing visible moves (issue 7: at 150 rows, building and laying them out was most
 * of the time to a painted Today).
 */
const FIRST_SCREEN_ROWS = 24;

const targetOf = (item: TodayItem) => ({ followUpId: item.followUpId, name: item.name, dueDate: item.dueDate, dueAt: item.dueAt });

/** The key pressed, by physical key for letters so shortcuts work while the Korean IME is on. */
function keyOf(e: KeyboardEvent): string {
  return /^Key([A-Z])$/.exec(e.code)?.[1]?.toLowerCase() ?? e.key.toLowerCase();
}

export function TodayView() {
  const i18n = useT();
  const { items, date, loaded, counts, limits: pages, loadingMore } = useToday();
  const [limits, setLimits] = useState<Record<Group, number>>({ urgent: 500, overdue: SHOW_FIRST, today: SHOW_FIRST, upcoming: SHOW_FIRST });
  const [selected, setSelected] = useState<string | null>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [firstScreen, setFirstScreen] = useState(true);
  const rows = useRef(new Map<string, HTMLLIElement>());

  // The bench's "Today painted" (issue 7): the first time this screen shows the agenda. A layout
  // effect, so the mark follows the paint of this very commit (a passive effect can run a frame
  // or more later). What the first screen does not need waits until it is painted: the rest of
  // the rows, the suggestions below them, and the other screens' chunks.
  useLayoutEffect(() => {
    if (!loaded) return;
    markOnce(MARKS.todayPainted);
    afterNextPaint(() => {
      startTransition(() => setFirstScreen(false));
      void useSuggestions.getState().load();
      setTimeout(prefetchScreens, 0);
    });
  }, [loaded]);

  let budget = FIRST_SCREEN_ROWS;
  const grouped = GROUPS.map((g) => {
    const all = g.group === 'urgent'
      ? items.filter((i) => i.priority === 'urgent')
      : items.filter((i) => i.bucket === g.group && i.priority !== 'urgent');
    const urgentHere = g.group === 'urgent' ? 0 : items.filter((i) => i.bucket === g.group && i.priority === 'urgent').length;
    const shown = g.group === 'overdue' ? all.slice(Math.max(0, all.length - limits.overdue)) : all.slice(0, limits[g.group]);
    const total = g.group === 'urgent' ? all.length : counts[g.group] - urgentHere;
    // More to show: held here already, or one more page away in the backend.
    const canFetch = g.group !== 'urgent' && total > all.length && pages[g.group] < TODAY_MAX_PAGE;
    const hidden = all.length > shown.length || canFetch ? Math.min(SHOW_STEP, total - shown.length) : 0;
    // Before the first paint, only the top of the page (FIRST_SCREEN_ROWS in all).
    const drawn = firstScreen ? shown.slice(0, Math.max(0, budget)) : shown;
    budget -= drawn.length;
    return { ...g, all, shown, drawn, total, hidden, canFetch };
  });
  async function showMore(group: Group, shownNow: number, held: number, canFetch: boolean) {
    if (group === 'urgent') return;
    if (shownNow + SHOW_STEP > held && canFetch) await useToday.getState().more(group as PagedBucket, shownNow + SHOW_STEP);
    setLimits((l) => ({ ...l, [group]: shownNow + SHOW_STEP }));
  }
  const visible = grouped.flatMap((g) => g.shown);
  const current = visible.find((i) => i.followUpId === selected) ?? null;

  // Keep the selection on screen. When its row goes (logged, skipped) or moves (snoozed,
  // rescheduled: same follow-up, new due time) the selection stays at the same place, as in a
  // mail client: on the row that now sits there (usually the one that followed). It never
  // follows the moved row down the list, where the next `x` would skip something unseen.
  const seen = useRef<{ id: string; at: number; dueAt: string } | null>(null);
  useEffect(() => {
    if (!visible.length || selected === null) return;
    const at = visible.findIndex((i) => i.followUpId === selected);
    const was = seen.current;
    if (at >= 0 && (was?.id !== selected || was.dueAt === visible[at]!.dueAt)) {
      seen.current = { id: selected, at, dueAt: visible[at]!.dueAt };
      return;
    }
    const next = visible[Math.min(was?.at ?? 0, visible.length - 1)]!;
    seen.current = { id: next.followUpId, at: Math.min(was?.at ?? 0, visible.length - 1), dueAt: next.dueAt };
    setSelected(next.followUpId);
  }, [visible, selected]);
  useEffect(() => { if (selected) rows.current.get(selected)?.scrollIntoView({ block: 'nearest' }); }, [selected]);

  const state = useRef({ visible, current, menuFor });
  state.current = { visible, current, menuFor };

  useEffect(() => {
    // `g` starts a global two-key jump (`g r`, `g s`…): its second key is not ours.
    let last = { key: '', at: 0 };
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTypingTarget(e.target) || anyOverlayOpen()) return;
      const { visible: list, current: item, menuFor: menu } = state.current;
      if (menu) return; // the snooze menu owns the keyboard
      const key = keyOf(e);
      const afterG = last.key === 'g' && Date.now() - last.at < 1200;
      last = { key, at: Date.now() };
      if (afterG) return;
      const move = (d: number) => {
        const at = item ? list.indexOf(item) : -1;
        const next = list[Math.max(0, Math.min(list.length - 1, at < 0 ? 0 : at + d))];
        if (next) setSelected(next.followUpId);
      };
      if (key === 'j' || key === 'arrowdown') { e.preventDefault(); move(1); return; }
      if (key === 'k' || key === 'arrowup') { e.preventDefault(); move(-1); return; }
      if (!item || e.shiftKey) return;
      // Enter on a focused button or link is that control's own click.
      if (key === 'enter') {
        if (e.target instanceof HTMLElement && e.target.closest('button, a')) return;
        e.preventDefault();
        navigate({ name: 'contact', id: item.contactId });
      } else if (key === 'l') { e.preventDefault(); ui.openLogTouch(item.contactId, item.followUpId); }
      else if (key === 's') { e.preventDefault(); setMenuFor(item.followUpId); }
      else if (key === 'x') { e.preventDefault(); void skip(targetOf(item)); }
      else if (key === 'r') { e.preventDefault(); reschedule(targetOf(item), 'reschedule'); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const empty = loaded && items.length === 0;
  return (
    <div className="page" data-testid="today-view">
      <PageHeader title={i18n.t('today.title')} meta={date ? i18n.fmt.longDate(date) : null} />
      <div className="page-body today-body">
        {empty ? (
          <EmptyState icon="check" title={i18n.t('today.clearTitle')} body={i18n.t('today.clearBody')} testId="today-empty" />
        ) : (
          <>
            {grouped.map((g) => (g.drawn.length ? (
              <section key={g.group} className={`today-bucket bucket-${g.group}`} data-testid={`today-bucket-${g.group}`} aria-labelledby={`bucket-${g.group}`}>
                <h2 className="bucket-title" id={`bucket-${g.group}`}>
                  {i18n.t(g.label)}
                  <span className="bucket-count" data-testid={`today-bucket-${g.group}-count`}>{i18n.num(g.total)}</span>
                </h2>
                {g.group === 'overdue' && g.hidden > 0 ? (
                  <MoreButton group={g.group} label={i18n.t('todayPage.showEarlier', { count: i18n.num(g.hidden) })} busy={loadingMore === 'overdue'}
                    onClick={() => void showMore(g.group, g.shown.length, g.all.length, g.canFetch)} />
                ) : null}
                <ul className="today-list">
                  {g.drawn.map((item) => (
                    <TodayRow key={item.followUpId} item={item} selected={item.followUpId === selected}
                      ref={(el) => { if (el) rows.current.set(item.followUpId, el); else rows.current.delete(item.followUpId); }}
                      menuOpen={menuFor === item.followUpId}
                      onMenu={(open) => setMenuFor(open ? item.followUpId : null)}
                      onSelect={() => setSelected(item.followUpId)} />
                  ))}
                </ul>
                {g.drawn.length < g.shown.length ? null : g.group !== 'overdue' && g.hidden > 0 ? (
                  <MoreButton group={g.group} label={i18n.t('today.showMore', { count: i18n.num(g.hidden) })} busy={loadingMore === g.group}
                    onClick={() => void showMore(g.group, g.shown.length, g.all.length, g.canFetch)} />
                ) : null}
                {g.drawn.length === g.shown.length && g.group !== 'urgent' && g.total > g.shown.length ? (
                  <p className="muted small show-more" data-testid={`today-bucket-${g.group}-shown`}>
                    {i18n.t('todayPage.shownOf', { shown: i18n.num(g.shown.length), total: i18n.num(g.total) })}
                  </p>
                ) : null}
                {g.drawn.length === g.shown.length && g.hidden === 0 && g.total > g.all.length ? (
                  <p className="muted show-more" data-testid={`today-bucket-${g.group}-truncated`}>
                    {i18n.t(g.group === 'upcoming' ? 'today.upcomingTruncated' : g.group === 'today' ? 'todayPage.todayTruncated' : 'today.overdueTruncated', { shown: i18n.num(g.all.length), total: i18n.num(g.total) })}
                  </p>
                ) : null}
              </section>
            ) : null))}
          </>
        )}
        {firstScreen ? null : <Suggestions />}
        {!firstScreen && visible.length ? <p className="muted small today-keys" data-testid="today-keys">{i18n.t('fu.keysHint')}</p> : null}
      </div>
    </div>
  );
}

function MoreButton({ group, label, busy, onClick }: { group: Group; label: string; busy: boolean; onClick: () => void }) {
  const i18n = useT();
  return (
    <button type="button" className="link-button show-more" data-testid={`today-bucket-${group}-more`} disabled={busy} aria-busy={busy} onClick={onClick}>
      {busy ? i18n.t('todayPage.loading') : label}
    </button>
  );
}
