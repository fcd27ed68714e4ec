// Settings: language and time zone, cadence and freshness, backup & export, security (encryption), sample data, and facts about the
// installation (version, data file, schema).
import { Icon } from '../../components/Icon';
import { PageHeader, Spinner } from '../../components/Misc';
import { confirmRemoveSample } from '../../components/SampleBanner';
import { useT } from '../../i18n';
import { useSettings } from '../../stores/settings';
import { loadSampleBook } from '../welcome/WelcomeView';
import { BackupSettings } from './BackupSettings';
import { CadenceSettings } from './CadenceSettings';
import { EngineSettings } from './EngineSettings';
import { RegionSettings } from './RegionSettings';
import { MarketingSettings } from './MarketingSettings';
import { DigestSettings } from './DigestSettings';
import { SecuritySettings } from './SecuritySettings';

function SampleSettings() {
  const i18n = useT();
  const count = useSettings((s) => s.info?.sampleContacts ?? 0);
  const busy = useSettings((s) => s.sampleBusy);
  return (
    <section className="panel settings-section" data-testid="settings-sample">
      <h2 className="panel-title">{i18n.t('settings.sample')}</h2>
      <div className="section-row">
        <p className="section-hint">{count ? i18n.t('settings.sampleLoaded', { count }) : i18n.t('settings.sampleNone')}</p>
        {count ? (
          <button type="button" className="button danger-ghost" onClick={() => void confirmRemoveSample(count)} disabled={busy !== null} data-testid="settings-sample-remove">
            {busy === 'removing' ? <Spinner /> : <Icon name="trash" />}
            {i18n.t('sample.remove')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void loadSampleBook()} disabled={busy !== null} data-testid="settings-sample-load">
            {busy === 'loading' ? <Spinner /> : <Icon name="sample" />}
            {busy === 'loading' ? i18n.t('sample.loading') : i18n.t('settings.sampleLoad')}
          </button>
        )}
      </div>
    </section>
  );
}

function About() {
  const i18n = useT();
  const info = useSettings((s) => s.info);
  if (!info) return null;
  return (
    <section className="panel settings-section" data-testid="settings-about">
      <h2 className="panel-title">{i18n.t('settings.about')}</h2>
      <dl className="details about">
        <dt>{i18n.t('settings.version')}</dt><dd data-testid="about-version">{info.version}</dd>
        <dt>{i18n.t('settings.dataPath')}</dt><dd className="mono selectable" data-testid="about-data-path">{info.dataPath}</dd>
        <dt>{i18n.t('settings.schema')}</dt><dd data-testid="about-schema">{info.schemaVersion}</dd>
        <dt>{i18n.t('settings.contactCount')}</dt><dd>{i18n.num(info.contacts)}</dd>
        <dt>{i18n.t('settings.integrity')}</dt>
        <dd data-testid="about-integrity" data-state={info.integrity}>
          {info.integrity === 'ok' ? i18n.t('about.integrity.ok')
            : info.integrity === 'pending' ? i18n.t('about.integrity.pending')
            : i18n.t('about.integrity.failed', { detail: info.integrity })}
        </dd>
      </dl>
    </section>
  );
}

export function SettingsView() {
  const i18n = useT();
  const settings = useSettings((s) => s.settings);
  return (
    <div className="page" data-testid="settings-view">
      <PageHeader title={i18n.t('settings.title')} />
      <div className="page-body settings-body">
        {settings ? (
          <>
            <RegionSettings />
            {/* Re-keyed so the form picks up values saved elsewhere. */}
            <CadenceSettings key={JSON.stringify([settings.cadence, settings.agingAfterDays, settings.staleAfterDays])} />
            <EngineSettings key={JSON.stringify([settings.autoApplyLifecycle, settings.dormantAfterDays, settings.maxMarketingPer30Days, settings.referralAsksPerDay, settings.verificationsPerDay])} />
            <BackupSettings />
            <SecuritySettings />
            <MarketingSettings key={JSON.stringify([settings.marketingSender, settings.optOutNumber])} />
            <DigestSettings />
            <SampleSettings />
            <About />
          </>
        ) : <Spinner />}
      </div>
    </div>
  );
}
