// First run: an empty book. Three ways in — add someone, import a file, or load the sample book.
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Misc';
import { useT } from '../../i18n';
import { navigate } from '../../stores/navigation';
import { useSettings } from '../../stores/settings';
import { notify, notifyError } from '../../stores/toasts';
import { ui } from '../../stores/ui';

export async function loadSampleBook(): Promise<void> {
  try {
    const added = await useSettings.getState().loadSample();
    notify((i) => i.t('sample.loaded', { count: added }));
  } catch (e) {
    notifyError(e);
  }
}

export function WelcomeView() {
  const i18n = useT();
  const busy = useSettings((s) => s.sampleBusy === 'loading');
  return (
    <div className="welcome" data-testid="welcome">
      <div className="welcome-card">
        <span className="welcome-mark" aria-hidden="true">緣</span>
        <h1>{i18n.t('welcome.title')}</h1>
        <p className="welcome-body">{i18n.t('welcome.body')}</p>
        <div className="welcome-actions">
          <button type="button" className="welcome-action primary" onClick={() => ui.openContactForm(null)} data-testid="welcome-add-contact">
            <Icon name="plus" size={20} />
            <span className="welcome-action-title">{i18n.t('welcome.add')}</span>
            <span className="welcome-action-hint">{i18n.t('welcome.addHint')}</span>
          </button>
          <button type="button" className="welcome-action" onClick={() => navigate({ name: 'import' })} data-testid="welcome-import">
            <Icon name="import" size={20} />
            <span className="welcome-action-title">{i18n.t('welcome.import')}</span>
            <span className="welcome-action-hint">{i18n.t('welcome.importHint')}</span>
          </button>
          <button type="button" className="welcome-action" onClick={() => void loadSampleBook()} disabled={busy} data-testid="welcome-load-sample" aria-busy={busy}>
            {busy ? <Spinner /> : <Icon name="sample" size={20} />}
            <span className="welcome-action-title">{busy ? i18n.t('sample.loading') : i18n.t('welcome.sample')}</span>
            <span className="welcome-action-hint">{i18n.t('welcome.sampleHint')}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
