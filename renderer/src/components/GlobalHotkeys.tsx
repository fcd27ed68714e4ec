// Shortcuts that work on every screen. Screen-specific ones (`l`, `e` on a contact) live with
// their screen.
import { useHotkey } from '../hooks/useHotkey';
import { navigate, useNavigation } from '../stores/navigation';
import { undoLatest } from '../stores/toasts';
import { ui, useUi } from '../stores/ui';

export function GlobalHotkeys() {
  const palette = useUi((s) => s.palette);

  useHotkey('mod+k', () => ui.setPalette(!palette), { inInputs: true, inOverlays: palette });
  useHotkey('?', () => ui.setHelp(true));
  // Outside text fields only: there Ctrl+Z undoes typing, as everywhere.
  useHotkey('mod+z', () => { undoLatest(); });
  useHotkey('/', () => {
    if (useNavigation.getState().route.name !== 'contacts') navigate({ name: 'contacts' });
    ui.focusSearch();
  });
  useHotkey('n', () => ui.openContactForm(null));
  useHotkey('g t', () => navigate({ name: 'today' }));
  useHotkey('g c', () => navigate({ name: 'contacts' }));
  useHotkey('g r', () => navigate({ name: 'referrals' }));
  useHotkey('g a', () => navigate({ name: 'capture' }));
  useHotkey('g i', () => navigate({ name: 'import' }));
  useHotkey('g u', () => navigate({ name: 'duplicates' }));
  useHotkey('g d', () => navigate({ name: 'trash' }));
  useHotkey('g s', () => navigate({ name: 'settings' }));
  return null;
}
