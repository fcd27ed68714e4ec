// The shell: sidebar, the current screen, and the overlays (dialogs, palette, toasts) that any
// screen can open. Loads what the sidebar needs once; stores keep themselves fresh afterwards.
import { Suspense, useCallback, useEffect, useState } from 'react';
import { ConfirmDialog } from './components/ConfirmDialog';
import { GlobalHotkeys } from './components/GlobalHotkeys';
import { useBrowserDigest } from './hooks/useBrowserDigest';
import { useIntegrityWatch } from './hooks/useIntegrityWatch';
import { onBookProblem } from './api/client';
import { afterNextPaint } from './perf';
import { takeBoot } from './boot';
import { EmptyState, Spinner } from './components/Misc';
import { SampleBanner } from './components/SampleBanner';
import { ShortcutHelp } from './components/ShortcutHelp';
import { Sidebar } from './components/Sidebar';
import { Toasts } from './components/Toasts';
import { useT } from './i18n';
import { errorText } from './i18n/errors';
import { useContacts } from './stores/contacts';
import { useDuplicates } from './stores/duplicates';
import { useNavigation } from './stores/navigation';
import { useRecovery } from './stores/recovery';
import { notify } from './stores/toasts';
import { useSettings } from './stores/settings';
import { useTrash } from './stores/trash';
import { useUi } from './stores/ui';
import { RescheduleDialog } from './views/today/RescheduleDialog';
import { TodayView } from './views/today/TodayView';
import { WelcomeView } from './views/welcome/WelcomeView';
import {
  CaptureView, CommandPalette, ContactFormDialog, ContactsView, ContactView, DuplicatesView, ImportView, LogTouchDialog, RecoveryView,
  ReferralsView, SettingsView, TrashView,
} from './views/screens';

function CurrentView() {
  const route = useNavigation((s) => s.route);
  const empty = useSettings((s) => s.info?.contacts === 0);
  switch (route.name) {
    case 'today':
      return empty ? <WelcomeView /> : <TodayView />;
    case 'contacts':
      return empty ? <WelcomeView /> : <ContactsView />;
    case 'contact':
      return <ContactView id={route.id} />;
    case 'referrals':
      return <ReferralsView />;
    case 'capture':
      return <CaptureView />;
    case 'import':
      return <ImportView />;
    case 'duplicates':
      return <DuplicatesView />;
    case 'trash':
      return <TrashView />;
    case 'settings':
      return <SettingsView />;
  }
}

function Overlays() {
  const logTouch = useUi((s) => s.logTouch);
  const contactForm = useUi((s) => s.contactForm);
  const palette = useUi((s) => s.palette);
  const help = useUi((s) => s.help);
  // The dialogs are chunks of their own (views/screens.ts): the first opening may wait for one.
  return (
    <Suspense fallback={null}>
      {contactForm ? <ContactFormDialog key={contactForm.contactId ?? 'new'} contactId={contactForm.contactId} referredBy={contactForm.referredBy} /> : null}
      {logTouch ? <LogTouchDialog key={`${logTouch.contactId}:${logTouch.followUpId ?? ''}`} {...logTouch} /> : null}
      {palette ? <CommandPalette /> : null}
      {help ? <ShortcutHelp /> : null}
      <RescheduleDialog />
      <ConfirmDialog />
    </Suspense>
  );
}

export function App() {
  const i18n = useT();
  useBrowserDigest();
  const [boot, setBoot] = useState<'loading' | 'ready' | 'recovery' | { error: unknown }>('loading');
  const recovery = useRecovery((s) => s.state);

  const start = useCallback(() => {
    setBoot('loading');
    // Whether the book is open (if not, the recovery screen takes over), Today and the settings,
    // asked for together (boot.ts). What only the sidebar shows waits until the first screen is
    // painted (the effect below).
    takeBoot().then(setBoot, (error: unknown) => setBoot({ error }));
  }, []);

  const opened = useCallback((keptAs: string | null, how: 'restored' | 'empty' | 'retry') => {
    const name = keptAs ? keptAs.split(/[\\/]/).pop()! : '';
    if (how === 'restored') notify((i) => i.t('recovery.restored', { name }));
    if (how === 'empty') notify((i) => i.t('recovery.startedEmpty', { name }));
    start();
  }, [start]);

  useEffect(start, [start]);

  // The sidebar's counts once the first screen is on screen, so neither their requests nor their
  // answers' re-renders come before that paint (issue 7).
  useEffect(() => {
    if (boot !== 'ready') return;
    afterNextPaint(() => {
      void useTrash.getState().load();
      void useContacts.getState().loadTags();
      // The count of duplicate pairs (a whole-book scan, off the backend's thread at 100k); a
      // backend without them just shows none.
      void useDuplicates.getState().load().catch(() => undefined);
    });
  }, [boot]);

  // Damage found after opening (the background quick_check): the recovery screen takes over.
  useIntegrityWatch(boot === 'ready');
  useEffect(() => onBookProblem(() => {
    void useRecovery.getState().check().then((s) => { if (s.state === 'recovery') setBoot('recovery'); }).catch(() => undefined);
  }), []);

  if (boot === 'loading') {
    return <div className="boot"><Spinner label={i18n.t('common.loading')} /></div>;
  }
  if (boot === 'recovery' && recovery?.state === 'recovery') {
    return (
      <>
        <Suspense fallback={<div className="boot"><Spinner label={i18n.t('common.loading')} /></div>}>
          <RecoveryView state={recovery} onOpened={opened} />
        </Suspense>
        <Toasts />
      </>
    );
  }
  if (typeof boot === 'object') {
    return (
      <div className="boot">
        <EmptyState icon="alert" title={i18n.t('err.offline')} body={errorText(boot.error, i18n)}>
          <button type="button" className="button primary" onClick={start}>{i18n.t('common.retry')}</button>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="app">
      <Sidebar />
      <main className="main">
        <SampleBanner />
        {/* A screen in a chunk not fetched yet (views/screens.ts) shows a spinner for that moment. */}
        <Suspense fallback={<div className="boot"><Spinner label={i18n.t('common.loading')} /></div>}>
          <CurrentView />
        </Suspense>
      </main>
      <Overlays />
      <Toasts />
      <GlobalHotkeys />
    </div>
  );
}
