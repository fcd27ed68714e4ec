// A row of mutually exclusive buttons (a radio group) with arrow-key movement and a roving
// tab stop, so a kind or an outcome can be picked without the mouse.
import { type ReactNode, useRef } from 'react';

interface Option<V extends string> {
  value: V;
  label: ReactNode;
  disabled?: boolean;
}

interface SegmentedProps<V extends string> {
  label: string;
  value: V;
  options: Option<V>[];
  onChange(v: V): void;
  testIdPrefix: string;
  className?: string;
  /** Focus the selected option when mounted. */
  autoFocus?: boolean;
}

export function Segmented<V extends string>({ label, value, options, onChange, testIdPrefix, className, autoFocus }: SegmentedProps<V>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function move(from: number, step: number) {
    const n = options.length;
    for (let k = 1; k <= n; k++) {
      const i = (from + step * k + n * k) % n;
      if (!options[i]!.disabled) {
        onChange(options[i]!.value);
        refs.current[i]?.focus();
        return;
      }
    }
  }

  return (
    <div className={`segmented${className ? ` ${className}` : ''}`} role="radiogroup" aria-label={label}>
      {options.map((o, i) => {
        const selected = o.value === value;
        return (
          <button
            key={o.value}
            ref={(el) => { refs.current[i] = el; }}
            type="button"
            role="radio"
            aria-checked={selected}
            tabIndex={selected ? 0 : -1}
            autoFocus={autoFocus && selected}
            disabled={o.disabled}
            className={selected ? 'segment selected' : 'segment'}
            data-testid={`${testIdPrefix}-${o.value}`}
            onClick={() => onChange(o.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { e.preventDefault(); move(i, 1); }
              if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { e.preventDefault(); move(i, -1); }
            }}
          >
            {o.label}
          </button>
        );
      })}
    </div>
  );
}
