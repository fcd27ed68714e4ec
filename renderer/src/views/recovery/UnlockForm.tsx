// The unlock form of the recovery screen (issue 8): an encrypted book asks for its passphrase. A
// wrong one keeps the screen, says so in the user's language, and selects the field for another try.
import { useEffect, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Misc';
import { useT } from '../../i18n';
import { useRecovery } from '../../stores/recovery';

export function UnlockForm({ wrong, onOpened }: { wrong: boolean; onOpened: () => void }) {
  const i18n = useT();
  const busy = useRecovery((s) => s.busy);
  const [passphrase, setPassphrase] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (wrong) input.current?.select();
  }, [wrong]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!passphrase) return;
    const result = await useRecovery.getState().unlock(passphrase);
    if (result?.state.state === 'ok') onOpened();
  };

  return (
    <form className="unlock-form" onSubmit={(e) => void submit(e)} data-testid="unlock-form">
      <label className="field-label" htmlFor="unlock-passphrase">{i18n.t('recovery.passphrase')}</label>
      <div className="unlock-row">
        <input
          id="unlock-passphrase" ref={input} type="password" className="input" autoFocus autoComplete="current-password"
          value={passphrase} onChange={(e) => setPassphrase(e.target.value)} data-testid="unlock-passphrase"
          aria-invalid={wrong} aria-describedby={wrong ? 'unlock-error' : undefined}
        />
        <button type="submit" className="button primary" disabled={busy !== null || !passphrase} data-testid="unlock-submit">
          {busy === 'unlock' ? <Spinner /> : <Icon name="check" size={16} />}
          {i18n.t('recovery.unlock')}
        </button>
      </div>
      {wrong ? <p className="field-error" id="unlock-error" role="alert" data-testid="unlock-error">{i18n.t('recovery.unlockWrong')}</p> : null}
    </form>
  );
}
