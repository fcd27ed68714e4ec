// Ctrl/Cmd+K: type to find a contact (the same search as the Contacts screen) or to run a
// command. Arrow keys move, Enter runs, Esc closes.
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import type { ContactSummary } from '../../../shared/domain/types';
import { type I18n, useT } from '../i18n';
import { useContact } from '../stores/contact';
import { useContacts } from '../stores/contacts';
import { navigate, useNavigation } from '../stores/navigation';
import { useSettings } from '../stores/settings';
import { notifyError } from '../stores/toasts';
import { ui } from '../stores/ui';
import { StageChip } from './Chips';
import { Icon, type IconName } from './Icon';

interface Command {
  id: string;
  group: 'screens' | 'actions' | 'contacts';
  icon: IconName;
  label: string;
  detail?: string;
  contact?: ContactSummary;
  run(): void;
}

function staticCommands(i18n: I18n, openContact: { id: string; name: string } | null): Command[] {
  const go = (name: 'today' | 'contacts' | 'capture' | 'import' | 'duplicates' | 'referrals' | 'trash' | 'settings', icon: IconName): Command => ({
    id: `go-${name}`, group: 'screens', icon, label: i18n.t(`nav.${name}`), run: () => navigate({ name }),
  });
  const cmds: Command[] = [
    go('today', 'today'), go('contacts', 'contacts'), go('capture', 'card'), go('import', 'import'), go('duplicates', 'duplicates'),
    go('referrals', 'referrals'), go('trash', 'trash'), go('settings', 'settings'),
    { id: 'new-contact', group: 'actions', icon: 'plus', label: i18n.t('palette.newContact'), run: () => ui.openContactForm(null) },
    { id: 'capture-cards', group: 'actions', icon: 'card', label: i18n.t('palette.capture'), run: () => navigate({ name: 'capture' }) },
  ];
  if (openContact) {
    cmds.push({
      id: 'log-touch', group: 'actions', icon: 'note', label: i18n.t('palette.logTouch', { name: openContact.name }),
      run: () => ui.openLogTouch(openContact.id),
    });
  }
  cmds.push({
    id: 'switch-language', group: 'actions', icon: 'settings', label: i18n.t('palette.switchLanguage'),
    run: () => void useSettings.getState().update({ locale: i18n.locale === 'ko' ? 'en' : 'ko' }).catch(notifyError),
  });
  return cmds;
}

export function CommandPalette() {
  const i18n = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<ContactSummary[]>([]);
  const [hitsFor, setHitsFor] = useState('');
  const [active, setActive] = useState(0);
  const route = useNavigation((s) => s.route);
  const detail = useContact((s) => s.detail);
  const openContact = useMemo(
    () => (route.name === 'contact' && detail?.contact.id === route.id && !detail.contact.deletedAt
      ? { id: detail.contact.id, name: detail.contact.name } : null),
    [route, detail],
  );

  useEffect(() => {
    const el = ref.current!;
    el.showModal();
    const onCancel = (e: Event) => { e.preventDefault(); ui.setPalette(false); };
    el.addEventListener('cancel', onCancel);
    return () => { el.removeEventListener('cancel', onCancel); el.close(); };
  }, []);

  // Debounced contact search; a late answer to an older query is ignored.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      useContacts.getState().lookup(q, 8).then((items) => { if (live) { setHits(items); setHitsFor(q); } }, notifyError);
    }, 120);
    return () => { live = false; clearTimeout(timer); };
  }, [q]);

  const commands = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const fixed = staticCommands(i18n, openContact).filter((c) => !needle || c.label.toLowerCase().includes(needle));
    const people: Command[] = (needle ? hits : []).map((c) => ({
      id: `contact-${c.id}`, group: 'contacts', icon: 'contacts', label: c.name,
      detail: c.matched ? i18n.t('search.matchedNotes', { snippet: c.matched.snippet }) : [c.company, c.title].filter(Boolean).join(' · '), contact: c,
      run: () => navigate({ name: 'contact', id: c.id }),
    }));
    // With a query, people first: that is what is usually being looked for.
    return needle ? [...people, ...fixed] : fixed;
  }, [q, hits, i18n, openContact]);

  useEffect(() => setActive(0), [commands.length, q]);

  function run(c: Command | undefined) {
    if (!c) return;
    ui.setPalette(false);
    c.run();
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(commands.length - 1, a + 1)); }
    if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(0, a - 1)); }
    if (e.key === 'Enter') {
      e.preventDefault();
      // Enter within the debounce: look the person up now rather than act on stale results.
      if (q.trim() && hitsFor !== q) {
        useContacts.getState().lookup(q, 1).then(([c]) => {
          if (c) { ui.setPalette(false); navigate({ name: 'contact', id: c.id }); } else run(commands[active]);
        }, notifyError);
      } else {
        run(commands[active]);
      }
    }
  }

  let lastGroup = '';
  return (
    <dialog ref={ref} className="palette" data-testid="palette" onMouseDown={(e) => { if (e.target === ref.current) ui.setPalette(false); }}>
      <div className="palette-input">
        <Icon name="search" />
        <input
          autoFocus
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={i18n.t('palette.placeholder')}
          aria-label={i18n.t('palette.placeholder')}
          data-testid="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={commands[active] ? `palette-${commands[active]!.id}` : undefined}
        />
      </div>
      <ul className="palette-list" id="palette-list" role="listbox">
        {commands.length === 0 ? <li className="palette-empty">{i18n.t('palette.empty')}</li> : null}
        {commands.map((c, i) => {
          const header = c.group !== lastGroup ? <li className="palette-group" role="presentation">{i18n.t(`palette.${c.group}`)}</li> : null;
          lastGroup = c.group;
          return (
            <Fragment key={c.id}>
              {header}
              <li
                id={`palette-${c.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'palette-item active' : 'palette-item'}
                data-testid={c.contact ? 'palette-contact' : `palette-${c.id}`}
                onMouseMove={() => setActive(i)}
                onClick={() => run(c)}
              >
                <Icon name={c.icon} />
                <span className="palette-label">{c.label}</span>
                {c.detail ? <span className="palette-detail">{c.detail}</span> : null}
                {c.contact ? <StageChip stage={c.contact.stage} /> : null}
              </li>
            </Fragment>
          );
        })}
      </ul>
    </dialog>
  );
}
