// Which overlay is open: dialogs, the command palette, the shortcut help, and confirmations.
// One place, so global shortcuts can tell whether a dialog owns the keyboard.
import { create } from 'zustand';
import type { I18n } from '../i18n';

export interface ConfirmRequest {
  title: (i18n: I18n) => string;
  body: (i18n: I18n) => string;
  confirmLabel: (i18n: I18n) => string;
  danger?: boolean;
  resolve: (ok: boolean) => void;
}

interface UiState {
  logTouch: { contactId: string; followUpId?: string } | null;
  /** contactId null: a new contact; `referredBy` pre-fills who referred a new one. */
  contactForm: { contactId: string | null; referredBy?: { id: string; name: string } } | null;
  palette: boolean;
  help: boolean;
  confirm: ConfirmRequest | null;
  /** Bumped to ask the contacts search box to take focus (`/` from anywhere). */
  focusSearch: number;
}

export const useUi = create<UiState>()(() => ({
  logTouch: null,
  contactForm: null,
  palette: false,
  help: false,
  confirm: null,
  focusSearch: 0,
}));

export const ui = {
  openLogTouch: (contactId: string, followUpId?: string) =>
    useUi.setState({ logTouch: followUpId ? { contactId, followUpId } : { contactId }, palette: false }),
  closeLogTouch: () => useUi.setState({ logTouch: null }),
  openContactForm: (contactId: string | null = null, referredBy?: { id: string; name: string }) =>
    useUi.setState({ contactForm: referredBy ? { contactId, referredBy } : { contactId }, palette: false }),
  closeContactForm: () => useUi.setState({ contactForm: null }),
  setPalette: (open: boolean) => useUi.setState({ palette: open }),
  setHelp: (open: boolean) => useUi.setState({ help: open }),
  focusSearch: () => useUi.setState((s) => ({ focusSearch: s.focusSearch + 1 })),
  /** Ask before something destructive; resolves true when confirmed. */
  confirm: (req: Omit<ConfirmRequest, 'resolve'>): Promise<boolean> =>
    new Promise((resolve) => {
      useUi.getState().confirm?.resolve(false);
      useUi.setState({ confirm: { ...req, resolve } });
    }),
  answerConfirm: (ok: boolean) => {
    const req = useUi.getState().confirm;
    useUi.setState({ confirm: null });
    req?.resolve(ok);
  },
};

/** True while any overlay is open: page shortcuts stand down. */
export const anyOverlayOpen = (): boolean => {
  const s = useUi.getState();
  // Any other native modal (a screen's own dialog: a deal, a referral) owns the keyboard too.
  return Boolean(s.logTouch || s.contactForm || s.palette || s.help || s.confirm || document.querySelector('dialog[open]'));
};
