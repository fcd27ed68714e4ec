// The toast stack. Each toast times out on its own and pauses while the pointer rests on it.
import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { type Toast, useToasts } from '../stores/toasts';
import { Icon } from './Icon';

function ToastItem({ toast }: { toast: Toast }) {
  const i18n = useT();
  const dismiss = useToasts((s) => s.dismiss);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (paused || !toast.timeout) return;
    const timer = setTimeout(() => dismiss(toast.id), toast.timeout);
    return () => clearTimeout(timer);
  }, [paused, toast.id, toast.timeout, dismiss]);

  return (
    <div
      className={`toast toast-${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      data-testid={`toast-${toast.tone}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
    >
      <Icon name={toast.tone === 'error' ? 'alert' : 'check'} className="toast-icon" />
      <span className="toast-text" data-testid="toast-text">{toast.render(i18n)}</span>
      {toast.action ? (
        <button
          type="button"
          className="toast-action"
          data-testid="toast-action"
          onClick={() => {
            toast.action!.run();
            dismiss(toast.id);
          }}
        >
          {i18n.t(toast.action.label)}
        </button>
      ) : null}
      <button type="button" className="icon-button toast-close" onClick={() => dismiss(toast.id)} aria-label={i18n.t('common.close')}>
        <Icon name="x" size={14} />
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useToasts((s) => s.toasts);
  return (
    <div className="toasts" data-testid="toasts">
      {toasts.map((t) => <ToastItem key={t.id} toast={t} />)}
    </div>
  );
}
