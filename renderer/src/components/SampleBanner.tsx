// Shown while the generated sample book is loaded, so nobody mistakes it for real customers.
import { useT } from '../i18n';
import { useSettings } from '../stores/settings';
import { navigate, useNavigation } from '../stores/navigation';
import { notify, notifyError } from '../stores/toasts';
import { ui } from '../stores/ui';
import { Icon } from './Icon';
import { Spinner } from './Misc';

export async function confirmRemoveSample(count: number): Promise<void> {
  const ok = await ui.confirm({
    title: (i) => i.t('sample.removeConfirmTitle'),
    body: (i) => i.t('sample.removeConfirmBody', { count }),
    confirmLabel: (i) => i.t('sample.remove'),
    danger: true,
  });
  if (!ok) return;
  try {
    // A sample person's page would go blank: step back to Today first.
    if (useNavigation.getState().route.name === 'contact') navigate({ name: 'today' });
    await useSettings.getState().removeSample();
    notify((i) => i.t('sample.removed'));
  } catch (e) {
    notifyError(e);
  }
}

export function SampleBanner() {
  const i18n = useT();
  const count = useSettings((s) => s.info?.sampleContacts ?? 0);
  const busy = useSettings((s) => s.sampleBusy);
  if (!count) return null;
  return (
    <div className="sample-banner" role="note" data-testid="sample-banner">
      <Icon name="sample" />
      <span>{i18n.t('sample.banner', { count })}</span>
      <button type="button" className="link-button" onClick={() => void confirmRemoveSample(count)} disabled={busy !== null} data-testid="sample-remove">
        {busy === 'removing' ? <Spinner /> : null}
        {i18n.t('sample.remove')}
      </button>
    </div>
  );
}
