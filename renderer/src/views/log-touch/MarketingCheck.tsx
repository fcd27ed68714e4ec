// Marketing in the Log touch dialog (DESIGN §4 Contact limits): the app never sends; it warns
// and blocks. Shows, as the user picks the kind and time, whether a marketing touch is allowed
// (consent, night-time consent, the 30-day limit, an open complaint) and, for a text message,
// drafts the advertisement as the law wants it ("(광고)" first, the free opt-out line last).
import { useEffect, useState } from 'react';
import type { MarketingCheck as Check } from '../../../../shared/contract';
import type { TouchKind } from '../../../../shared/domain/enums';
import { smsMarketingDraft } from '../../../../shared/rules/marketing';
import { invoke } from '../../api/client';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useSettings } from '../../stores/settings';
import { notify } from '../../stores/toasts';

/** Ask the backend whether this marketing touch would be allowed; `null` while asking. */
export function useMarketingCheck(contactId: string, kind: TouchKind, at: string | null, enabled: boolean): Check | null {
  const [check, setCheck] = useState<Check | null>(null);
  useEffect(() => {
    if (!enabled || kind === 'note') { setCheck(null); return; }
    let live = true;
    invoke('marketing.check', { contactId, kind, ...(at ? { at } : {}) })
      .then((c) => { if (live) setCheck(c); })
      .catch(() => { if (live) setCheck(null); });
    return () => { live = false; };
  }, [contactId, kind, at, enabled]);
  return check;
}

export function MarketingStatus({ check }: { check: Check }) {
  const i18n = useT();
  if (!check.blocks.length) {
    return (
      <div className="marketing-check allowed" data-testid="marketing-allowed">
        <span><Icon name="check" size={13} /> {i18n.t('touch.allowed', { recent: check.recent, max: check.max })}</span>
        {check.channel ? null : <span>{i18n.t('touch.inPerson')}</span>}
      </div>
    );
  }
  return (
    <div className="marketing-check blocked" role="alert" data-testid="marketing-blocked">
      <strong>{i18n.t('touch.blocked')}</strong>
      <ul>
        {check.blocks.map((b) => <li key={b} data-testid={`marketing-block-${b}`}>{i18n.t(`touch.block.${b}`, { max: check.max })}</li>)}
      </ul>
    </div>
  );
}

/** The SMS advertisement draft: the user writes the message, the helper frames it lawfully. */
export function SmsDraft({ onUse }: { onUse(text: string): void }) {
  const i18n = useT();
  const settings = useSettings((s) => s.settings);
  const [body, setBody] = useState('');
  const draft = smsMarketingDraft({ sender: settings?.marketingSender ?? '', optOutNumber: settings?.optOutNumber ?? '', body });

  async function copy() {
    try {
      await navigator.clipboard.writeText(draft.text);
    } catch {
      // Clipboard permission denied (sandboxed window): fall back to a selection copy.
      const ta = document.createElement('textarea');
      ta.value = draft.text;
      document.body.append(ta);
      ta.select();
      document.execCommand('copy');
      ta.remove();
    }
    onUse(draft.text);
    notify((i) => i.t('touch.draftCopied'));
  }

  return (
    <Field label={i18n.t('touch.draft')} htmlFor="sms-draft-body">
      <div className="sms-draft" data-testid="sms-draft">
        <textarea id="sms-draft-body" className="input textarea" rows={2} value={body} onChange={(e) => setBody(e.target.value)}
          placeholder={i18n.t('touch.draftBody')} data-testid="sms-draft-body" />
        <pre data-testid="sms-draft-text">{draft.text}</pre>
        {draft.missing.includes('optOutNumber') ? <p className="hint-box">{i18n.t('touch.draftMissingOptOut')}</p> : null}
        {draft.missing.includes('sender') ? <p className="hint-box">{i18n.t('touch.draftMissingSender')}</p> : null}
        <div className="sms-draft-actions">
          <button type="button" className="button small" onClick={() => void copy()} disabled={!body.trim()} data-testid="sms-draft-copy">
            {i18n.t('touch.draftCopy')}
          </button>
        </div>
      </div>
    </Field>
  );
}
