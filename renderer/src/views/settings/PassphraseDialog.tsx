// Settings → Security → Change passphrase (issue 8): the current passphrase, the new one twice. The
// backend re-keys the book (a verified copy swapped in) and its encrypted backups; a wrong current
// passphrase comes back as `wrong-key` on that field and nothing is changed.
import { useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/contract';
import { isAppError } from '../../../../shared/errors';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { issuesByPath } from '../../i18n/errors';
import { useSecurity } from '../../stores/security';
import { notify, notifyError, useToasts } from '../../stores/toasts';
import { BusyFormFooter } from './section';

export function PassphraseDialog({ onClose }: { onClose(): void }) {
  const i18n = useT();
  const busy = useSecurity((s) => s.busy);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<{ current?: string; next?: string }>({});
  const currentError = current === '' ? i18n.t('field.required') : server.current;
  const nextError = [...next].length < MIN_PASSPHRASE_LENGTH ? i18n.t('security.tooShort', { min: MIN_PASSPHRASE_LENGTH })
    : next.normalize('NFC') === current.normalize('NFC') ? i18n.t('passphrase.same') : server.next;
  const repeatError = repeat !== next ? i18n.t('security.mismatch') : undefined;
  const ready = !currentError && !nextError && !repeatError;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!ready || busy) return;
    try {
      const r = await useSecurity.getState().changePassphrase(current, next, repeat);
      const names = r.backupsFailed.map((f) => f.name).join(', ');
      if (names) useToasts.getState().push({ tone: 'error', render: (i) => i.t('passphrase.doneFailed', { names }) });
      else notify((i) => i.t('passphrase.done', { count: r.backupsRekeyed.length }));
      onClose();
    } catch (err) {
      if (isAppError(err) && err.code === 'wrong-key') {
        setServer({ current: i18n.t('passphrase.wrong') });
        return;
      }
      const byPath = issuesByPath(err, i18n);
      if (byPath.next) setServer({ next: byPath.next });
      else notifyError(err);
    }
  }

  return (
    <Dialog title={i18n.t('passphrase.title')} onClose={() => { if (!busy) onClose(); }} size="md" testId="passphrase-dialog"
      footer={<BusyFormFooter busyText={busy ? i18n.t('passphrase.working') : null} formId="passphrase-form" testId="passphrase"
        submitLabel={i18n.t('passphrase.submit')} busy={busy !== null} submitDisabled={tried && !ready} onCancel={onClose} />}>
      <form id="passphrase-form" className="security-form" onSubmit={(e) => void submit(e)}>
        <p>{i18n.t('passphrase.body')}</p>
        <p className="hint-box danger">{i18n.t('security.lostWarning')}</p>
        <Field label={i18n.t('passphrase.current')} htmlFor="passphrase-current" error={tried || server.current ? currentError : undefined} testId="passphrase-current">
          <input id="passphrase-current" type="password" className="input" autoComplete="current-password" data-autofocus value={current}
            onChange={(e) => { setCurrent(e.target.value); setServer({}); }} data-testid="passphrase-current" />
        </Field>
        <Field label={i18n.t('passphrase.next')} htmlFor="passphrase-next" error={tried ? nextError : undefined}
          hint={i18n.t('security.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })} testId="passphrase-next">
          <input id="passphrase-next" type="password" className="input" autoComplete="new-password" value={next}
            onChange={(e) => { setNext(e.target.value); setServer({}); }} data-testid="passphrase-next" />
        </Field>
        <Field label={i18n.t('passphrase.repeat')} htmlFor="passphrase-repeat" error={tried ? repeatError : undefined} testId="passphrase-repeat">
          <input id="passphrase-repeat" type="password" className="input" autoComplete="new-password" value={repeat}
            onChange={(e) => setRepeat(e.target.value)} data-testid="passphrase-repeat" />
        </Field>
      </form>
    </Dialog>
  );
}
