// Settings → Security: one switch for encryption at rest (issue 8). Turning it on asks for a
// passphrase (browser mode; the app keeps a random key in the keychain instead), says plainly that
// a lost passphrase is a lost book, and needs a confirmation; turning it off needs one too. The
// switch only moves once the backend has swapped the verified copy in. Backups made before are plain
// files: the turn-on dialog asks what to do with them (encrypt, delete, keep), and while some remain the
// section offers the same (PlainBackups). An encrypted book with a passphrase can change it
// (PassphraseDialog); a key in the keychain has none, and the section says so.
import { useEffect, useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/contract';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Spinner } from '../../components/Misc';
import { useT } from '../../i18n';
import { issuesByPath } from '../../i18n/errors';
import { backupCount, type PlainBackupsChoice, useSecurity } from '../../stores/security';
import { notify, notifyError } from '../../stores/toasts';
import { BusyFormFooter } from './section';
import { PassphraseDialog } from './PassphraseDialog';
import { PlainBackups, reportProtected } from './PlainBackups';

function TurnOnDialog({ keychain, onClose }: { keychain: boolean; onClose(): void }) {
  const i18n = useT();
  const busy = useSecurity((s) => s.busy);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<string | undefined>();
  // The backups made so far (all plain before encryption) and what to do with them.
  const [backups, setBackups] = useState(0);
  const [choice, setChoice] = useState<PlainBackupsChoice>('encrypt');
  useEffect(() => {
    void backupCount().then(setBackups, () => setBackups(0));
  }, []);
  const length = [...pass].length;
  const passError = keychain ? undefined : length < MIN_PASSPHRASE_LENGTH ? i18n.t('security.tooShort', { min: MIN_PASSPHRASE_LENGTH }) : serverError;
  const againError = keychain ? undefined : again !== pass ? i18n.t('security.mismatch') : undefined;
  const ready = understood && !passError && !againError;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!ready || busy) return;
    try {
      await useSecurity.getState().setEncryption(true, keychain ? undefined : pass);
      notify((i) => i.t('security.doneOn'));
      // The book is encrypted from here on; the old backups are a second step, reported on its own.
      if (backups > 0 && choice !== 'keep') {
        try {
          reportProtected(await useSecurity.getState().protectBackups(choice));
        } catch (err) {
          notifyError(err);
        }
      }
      onClose();
    } catch (err) {
      const byPath = issuesByPath(err, i18n);
      if (byPath.passphrase) setServerError(byPath.passphrase);
      else notifyError(err);
    }
  }

  return (
    <Dialog title={i18n.t('security.turnOnTitle')} onClose={() => { if (!busy) onClose(); }} size="md" testId="encrypt-dialog"
      footer={<BusyFormFooter busyText={busy ? i18n.t(busy === 'backups' ? 'plainBackups.working' : 'security.working') : null} formId="encrypt-form"
        testId="encrypt" submitLabel={i18n.t('security.turnOn')} busy={busy !== null} submitDisabled={tried && !ready} onCancel={onClose} />}>
      <form id="encrypt-form" className="security-form" onSubmit={(e) => void submit(e)}>
        <p>{i18n.t('security.turnOnBody')}</p>
        <p className="hint-box danger" data-testid="encrypt-warning">{keychain ? i18n.t('security.keychainBody') : i18n.t('security.lostWarning')}</p>
        {keychain ? null : (
          <>
            <Field label={i18n.t('security.passphrase')} htmlFor="encrypt-pass" error={tried ? passError : undefined}
              hint={i18n.t('security.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })} testId="encrypt-pass">
              <input id="encrypt-pass" type="password" className="input" autoComplete="new-password" data-autofocus value={pass}
                onChange={(e) => { setPass(e.target.value); setServerError(undefined); }} data-testid="encrypt-pass" />
            </Field>
            <Field label={i18n.t('security.passphraseAgain')} htmlFor="encrypt-again" error={tried ? againError : undefined} testId="encrypt-again">
              <input id="encrypt-again" type="password" className="input" autoComplete="new-password" value={again}
                onChange={(e) => setAgain(e.target.value)} data-testid="encrypt-again" />
            </Field>
          </>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} data-testid="encrypt-understand" />
          {i18n.t('security.understand')}
        </label>
        {backups > 0 ? (
          <fieldset className="plain-backups-choice" data-testid="encrypt-backups-choice">
            <legend>{i18n.t('plainBackups.choiceTitle', { count: backups })}</legend>
            {(['encrypt', 'delete', 'keep'] as const).map((c) => (
              <label key={c} className="checkbox">
                <input type="radio" name="plain-backups" value={c} checked={choice === c} onChange={() => setChoice(c)} data-testid={`encrypt-backups-${c}`} />
                {i18n.t(`plainBackups.choice.${c}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
      </form>
    </Dialog>
  );
}

function TurnOffDialog({ onClose }: { onClose(): void }) {
  const i18n = useT();
  const busy = useSecurity((s) => s.busy);
  async function confirm() {
    try {
      await useSecurity.getState().setEncryption(false);
      notify((i) => i.t('security.doneOff'));
      onClose();
    } catch (err) {
      notifyError(err);
    }
  }
  return (
    <Dialog title={i18n.t('security.turnOffTitle')} onClose={() => { if (!busy) onClose(); }} size="sm" testId="decrypt-dialog"
      footer={(
        <>
          {busy ? <span className="security-progress" role="status"><Spinner />{i18n.t('security.workingOff')}</span> : null}
          <button type="button" className="button" onClick={onClose} disabled={busy !== null} data-autofocus>{i18n.t('common.cancel')}</button>
          <button type="button" className="button danger" onClick={() => void confirm()} disabled={busy !== null} data-testid="decrypt-confirm">
            {i18n.t('security.turnOff')}
          </button>
        </>
      )}>
      <p>{i18n.t('security.turnOffBody')}</p>
    </Dialog>
  );
}

export function SecuritySettings() {
  const i18n = useT();
  const status = useSecurity((s) => s.status);
  const [dialog, setDialog] = useState<'on' | 'off' | 'passphrase' | null>(null);
  useEffect(() => {
    void useSecurity.getState().load().catch(notifyError);
  }, []);
  const on = status?.encrypted ?? false;
  return (
    <section className="panel settings-section" data-testid="settings-security">
      <h2 className="panel-title">{i18n.t('security.title')}</h2>
      <label className="checkbox security-switch">
        <input type="checkbox" role="switch" checked={on} disabled={!status} aria-checked={on}
          onChange={() => setDialog(on ? 'off' : 'on')} data-testid="security-encryption" />
        {i18n.t('security.encryption')}
      </label>
      <p className="section-hint" data-testid="security-state">
        {on ? `${i18n.t('security.onHint')} ${status?.keyKind === 'safe-storage' ? i18n.t('security.onKeychain') : i18n.t('security.onPassphrase')}` : i18n.t('security.offHint')}
      </p>
      {on && status?.keyKind === 'passphrase' ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setDialog('passphrase')} data-testid="security-change-passphrase">{i18n.t('passphrase.change')}</button>
        </div>
      ) : null}
      {on && status?.keyKind === 'safe-storage' ? <p className="section-hint" data-testid="security-keychain-note">{i18n.t('passphrase.keychain')}</p> : null}
      <PlainBackups />
      {dialog === 'passphrase' ? <PassphraseDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'on' ? <TurnOnDialog keychain={status?.keychain ?? false} onClose={() => setDialog(null)} /> : null}
      {dialog === 'off' ? <TurnOffDialog onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
