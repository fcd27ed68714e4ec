// The left rail: brand, quick search, the screens with their counts, shortcut help.
import { useT } from '../i18n';
import type { MessageKey } from '../i18n';
import { type Route, hrefOf, useNavigation } from '../stores/navigation';
import { reviewCount, useCapture } from '../stores/capture';
import { useSettings } from '../stores/settings';
import { useDuplicates } from '../stores/duplicates';
import { dueCount, useToday } from '../stores/today';
import { useTrash } from '../stores/trash';
import { ui } from '../stores/ui';
import { Icon, type IconName } from './Icon';
import { Kbd, modKey } from './Misc';

interface NavItem {
  route: Route;
  icon: IconName;
  label: MessageKey;
  count?: number | undefined;
  alert?: boolean;
}

export function Sidebar() {
  const i18n = useT();
  const route = useNavigation((s) => s.route);
  const contacts = useSettings((s) => s.info?.contacts);
  const overdue = useToday((s) => s.counts.overdue);
  const due = useToday(dueCount);
  const trashCount = useTrash((s) => s.items.length);
  const toReview = useCapture(reviewCount);
  const duplicates = useDuplicates((s) => s.total);

  const items: NavItem[] = [
    { route: { name: 'today' }, icon: 'today', label: 'nav.today', count: due || undefined, alert: overdue > 0 },
    { route: { name: 'contacts' }, icon: 'contacts', label: 'nav.contacts', count: contacts || undefined },
    { route: { name: 'referrals' }, icon: 'referrals', label: 'nav.referrals' },
    { route: { name: 'capture' }, icon: 'card', label: 'nav.capture', count: toReview || undefined },
    { route: { name: 'import' }, icon: 'import', label: 'nav.import' },
    { route: { name: 'duplicates' }, icon: 'duplicates', label: 'nav.duplicates', count: duplicates || undefined },
    { route: { name: 'trash' }, icon: 'trash', label: 'nav.trash', count: trashCount || undefined },
    { route: { name: 'settings' }, icon: 'settings', label: 'nav.settings' },
  ];
  const active = route.name === 'contact' ? 'contacts' : route.name;

  return (
    <nav className="sidebar" aria-label={i18n.t('app.name')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">緣</span>
        <div className="brand-text">
          <strong>{i18n.t('app.name')}</strong>
          <span>{i18n.t('app.altName')}</span>
        </div>
      </div>

      <button type="button" className="sidebar-search" onClick={() => ui.setPalette(true)} data-testid="open-palette">
        <Icon name="search" />
        <span>{i18n.t('nav.search')}</span>
        <Kbd>{modKey}K</Kbd>
      </button>

      <ul className="nav-list">
        {items.map((item) => (
          <li key={item.route.name}>
            <a
              href={hrefOf(item.route)}
              className={active === item.route.name ? 'nav-link active' : 'nav-link'}
              aria-current={active === item.route.name ? 'page' : undefined}
              data-testid={`nav-${item.route.name}`}
            >
              <Icon name={item.icon} />
              <span className="nav-label">{i18n.t(item.label)}</span>
              {item.count ? (
                <span className={item.alert ? 'nav-count alert' : 'nav-count'} data-testid={`nav-${item.route.name}-count`}>
                  {i18n.num(item.count)}
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>

      <div className="sidebar-footer">
        <button type="button" className="sidebar-help" onClick={() => ui.setHelp(true)} data-testid="open-help">
          <Icon name="keyboard" />
          <span>{i18n.t('nav.shortcuts')}</span>
          <Kbd>?</Kbd>
        </button>
      </div>
    </nav>
  );
}
