// A labelled form control with its error underneath. The error is tied to the control for
// screen readers through aria-describedby (set by the caller via `errorId`).
import type { ReactNode } from 'react';

interface FieldProps {
  label: ReactNode;
  htmlFor?: string;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
  testId?: string;
}

export function Field({ label, htmlFor, error, hint, className, children, testId }: FieldProps) {
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={htmlFor}>{label}</label>
      {children}
      {error ? (
        <p className="field-error" id={htmlFor ? `${htmlFor}-error` : undefined} data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint">{hint}</p>
      ) : null}
    </div>
  );
}
