// The one confirmation dialog, driven by `ui.confirm()`. The safe choice has focus.
import { useT } from '../i18n';
import { ui, useUi } from '../stores/ui';
import { Dialog } from './Dialog';

export function ConfirmDialog() {
  const req = useUi((s) => s.confirm);
  const i18n = useT();
  if (!req) return null;
  return (
    <Dialog
      title={req.title(i18n)}
      size="sm"
      testId="confirm-dialog"
      onClose={() => ui.answerConfirm(false)}
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={() => ui.answerConfirm(false)} data-testid="confirm-cancel">
            {i18n.t('common.cancel')}
          </button>
          <button
            type="button"
            className={req.danger ? 'button danger' : 'button primary'}
            onClick={() => ui.answerConfirm(true)}
            data-testid="confirm-ok"
          >
            {req.confirmLabel(i18n)}
          </button>
        </>
      }
    >
      <p className="confirm-body">{req.body(i18n)}</p>
    </Dialog>
  );
}
