// A modal on the native <dialog>: the browser gives us focus trapping, Esc, the top layer and
// an inert page behind it. Esc (the `cancel` event) closes through onClose so stores stay in step.
import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { Icon } from './Icon';

interface DialogProps {
  title: ReactNode;
  subtitle?: ReactNode;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  testId?: string;
  className?: string;
  /** Keys handled while the dialog is open (e.g. Ctrl+Enter to save). */
  onKeyDown?(e: React.KeyboardEvent): void;
}

export function Dialog({ title, subtitle, onClose, children, footer, size = 'md', testId, className, onKeyDown }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const i18n = useT();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!el.open) el.showModal();
    // showModal focuses the first focusable element, the close button. Start where the
    // content asks (`data-autofocus`), else on the body; content that renders later (after a
    // load) takes focus with React's autoFocus.
    (el.querySelector<HTMLElement>('[data-autofocus]') ?? bodyRef.current)?.focus();
    const onCancel = (e: Event) => {
      e.preventDefault();
      closeRef.current();
    };
    el.addEventListener('cancel', onCancel);
    return () => {
      el.removeEventListener('cancel', onCancel);
      if (el.open) el.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      aria-labelledby={testId ? `${testId}-title` : undefined}
      onKeyDown={onKeyDown}
      // A click on the backdrop lands on the <dialog> itself.
      onMouseDown={(e) => { if (e.target === ref.current) onClose(); }}
    >
      <div className="dialog-inner">
        <header className="dialog-header">
          <div>
            <h2 id={testId ? `${testId}-title` : undefined}>{title}</h2>
            {subtitle ? <p className="dialog-subtitle">{subtitle}</p> : null}
          </div>
          <button type="button" className="icon-button" onClick={onClose} aria-label={i18n.t('common.close')} data-testid="dialog-close">
            <Icon name="x" />
          </button>
        </header>
        <div className="dialog-body" ref={bodyRef} tabIndex={-1}>{children}</div>
        {footer ? <footer className="dialog-footer">{footer}</footer> : null}
      </div>
    </dialog>
  );
}
