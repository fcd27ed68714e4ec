// The open lifecycle suggestion for this person, with Accept / Dismiss.
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
        <strong>{i18n.t('sug.contactTitle')}</strong>
        <p className="suggestion-reason" data-testid="contact-suggestion-reason">{i18n.reason(s.why)}</p>
      </div>
      <SuggestionActions s={s} />
    </section>
  );
}
