// While a complaint is open, say so at the top of the contact: since when, and what it blocks.
import type { ContactDetail } from '../../../../shared/domain/types';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { ui } from '../../stores/ui';

/** When the open complaint was raised (the complaint-response follow-up carries it), or null. */
export function openComplaintSince(detail: ContactDetail): string | null {
  const open = detail.followUps.filter((f) => f.status === 'open' && f.kind === 'complaint-response');
  const ats = open.map((f) => (f.why.code === 'complaint' ? f.why.params.at : f.dueAt)).sort();
  return ats[0] ?? null;
}

export function ComplaintBanner({ detail }: { detail: ContactDetail }) {
  const i18n = useT();
  const since = openComplaintSince(detail);
  if (!since) return null;
  const response = detail.followUps.find((f) => f.status === 'open' && f.kind === 'complaint-response');
  return (
    <div className="complaint-banner" role="alert" data-testid="complaint-banner">
      <Icon name="alert" size={18} />
      <p>
        <strong>{i18n.t('complaint.since', { date: i18n.fmt.instant(since, true) })}</strong>{' '}
        {i18n.t('complaint.blocks')}
      </p>
      {response ? (
        <button type="button" className="button small danger" onClick={() => ui.openLogTouch(detail.contact.id, response.id)} data-testid="complaint-respond">
          {i18n.t('complaint.respond')}
        </button>
      ) : null}
    </div>
  );
}
