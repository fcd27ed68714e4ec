// Small shared pieces: spinner, empty state, keyboard hint, page header.
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export function Spinner({ label }: { label?: string }) {
  return <span className="spinner" role="progressbar" aria-label={label} />;
}

export function EmptyState({ icon, title, body, children, testId }: { icon: IconName; title: string; body?: string; children?: ReactNode; testId?: string }) {
  return (
    <div className="empty-state" data-testid={testId}>
      <div className="empty-icon"><Icon name={icon} size={28} /></div>
      <h2>{title}</h2>
      {body ? <p>{body}</p> : null}
      {children ? <div className="empty-actions">{children}</div> : null}
    </div>
  );
}

export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="kbd">{children}</kbd>;
}

export function PageHeader({ title, meta, actions, children }: { title: ReactNode; meta?: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-header">
      <div className="page-header-row">
        <div className="page-title">
          <h1>{title}</h1>
          {meta ? <span className="page-meta">{meta}</span> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </header>
  );
}

export const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
export const modName = isMac ? '⌘' : 'Ctrl';
/** Prefix for a combined hint: `⌘K`, `Ctrl+K`. */
export const modKey = isMac ? '⌘' : 'Ctrl+';
