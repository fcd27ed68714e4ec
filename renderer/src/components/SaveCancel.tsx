// The footer every editing dialog ends with: Cancel, and Save with its spinner and the
// Ctrl/⌘+Enter hint. One component so the dialogs cannot drift apart.
import { useT } from '../i18n';
import { Kbd, Spinner, modKey } from './Misc';

interface SaveCancelProps {
  onCancel(): void;
  onSave(): void;
  saving: boolean;
  disabled?: boolean;
  /** Prefix of the buttons' test ids: `<prefix>-cancel`, `<prefix>-save`. */
  testId: string;
}

export function SaveCancel({ onCancel, onSave, saving, disabled = false, testId }: SaveCancelProps) {
  const i18n = useT();
  return (
    <>
      <button type="button" className="button" onClick={onCancel} data-testid={`${testId}-cancel`}>{i18n.t('common.cancel')}</button>
      <button type="button" className="button primary" onClick={onSave} disabled={disabled || saving} data-testid={`${testId}-save`}>
        {saving ? <Spinner /> : null}
        {saving ? i18n.t('common.saving') : i18n.t('common.save')}
        <Kbd>{modKey}↵</Kbd>
      </button>
    </>
  );
}
