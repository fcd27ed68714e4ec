// The open lifecycle suggestion for this person, with Accept / Dismiss.
import { StageChip } from '../../components/Chips';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useContactEngine } from '../../stores/engine';
import { SuggestionActions } from '../today/Suggestions';

export function SuggestionBanner({ contactId }: { contactId: string }) {
  const i18n = useT();
  const s = useContactEngine((st) => (st.contactId === contactId ? st.suggestion : null));
  if (!s) return null;
  return (
    <section className="panel suggestion-banner" data-testid="contact-suggestion" data-to={s.to}>
      <Icon name="sample" size={18} className="suggestion-icon" />
      <div className="suggestion-text">
        <div className="today-who">
          <strong>{i18n.t('sug.contactTitle')}</strong>
          <StageChip stage={s.from} />
          <Icon name="arrowRight" size={12} className="muted" />
          <StageChip stage={s.to} />
        </div>
        <p className="muted small" data-testid="contact-suggestion-reason">{i18n.reason(s.why)}</p>
      </div>
      <SuggestionActions s={s} />
    </section>
  );
}
