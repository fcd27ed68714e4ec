// The contact's business-card images (issue 6): thumbnails of front and back, click to enlarge.
// Mounted on the contact page with one line; renders nothing for a contact without a card.
import '../../styles/capture.css';
import { useEffect, useState } from 'react';
import type { AttachmentMeta } from '../../../../shared/contract/capture';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useAttachments } from '../../stores/attachments';

const KIND_LABEL = { 'card-front': 'cardImages.front', 'card-back': 'cardImages.back', photo: 'cardImages.photo' } as const;

export function CardImages({ contactId }: { contactId: string }) {
  const i18n = useT();
  const { items, urls, contactId: loadedFor, load } = useAttachments();
  const [open, setOpen] = useState<AttachmentMeta | null>(null);

  useEffect(() => { load(contactId).catch(() => undefined); }, [contactId, load]);

  if (loadedFor !== contactId || items.length === 0) return null;
  return (
    <section className="panel card-images" data-testid="card-images">
      <h3 className="panel-title"><Icon name="card" />{i18n.t('cardImages.title')}</h3>
      <div className="card-thumbs">
        {items.map((a) => (
          <button
            key={a.id} type="button" className="card-thumb" onClick={() => setOpen(a)} data-testid="card-image" data-kind={a.kind}
            title={`${i18n.t(KIND_LABEL[a.kind])} · ${i18n.t('cardImages.added', { date: i18n.fmt.instant(a.createdAt) })}`}
            aria-label={`${i18n.t(KIND_LABEL[a.kind])} — ${i18n.t('cardImages.enlarge')}`}
          >
            {urls[a.id] ? <img src={urls[a.id]} alt="" /> : <span className="card-thumb-loading" />}
            <span className="card-thumb-label">{i18n.t(KIND_LABEL[a.kind])}</span>
          </button>
        ))}
      </div>
      {open ? (
        <Dialog
          title={i18n.t(KIND_LABEL[open.kind])} subtitle={i18n.t('cardImages.added', { date: i18n.fmt.instant(open.createdAt) })}
          onClose={() => setOpen(null)} size="lg" testId="card-image-large"
        >
          {urls[open.id] ? <img className="card-large" src={urls[open.id]} alt={i18n.t(KIND_LABEL[open.kind])} /> : null}
        </Dialog>
      ) : null}
    </section>
  );
}
