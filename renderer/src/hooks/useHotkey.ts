// Single-key shortcuts (Linear-style): `n`, `/`, `l`, `e`, `?`, `g` then `t`, and `mod+k`.
// They stand down while the user types in a field or a dialog owns the keyboard. Letters are
// matched by physical key too, so they work while the Korean IME is on (e.key is then a jamo).
import { useEffect, useRef } from 'react';
import { anyOverlayOpen } from '../stores/ui';

interface HotkeyOptions {
  enabled?: boolean;
  /** Also fire while focus is in a text field (for mod+ combos). */
  inInputs?: boolean;
  /** Also fire while a dialog or the palette is open. */
  inOverlays?: boolean;
}

export function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  if (t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return true;
  if (t instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(t.type);
  return false;
}

// The key pressed before the current one, for two-key sequences. Updated in the capture phase,
// i.e. before any handler runs, so handlers look at `previous`, not `current`.
let current = { key: '', at: 0 };
let previous = { key: '', at: 0 };
const SEQUENCE_MS = 1200;

function keyMatches(e: KeyboardEvent, key: string): boolean {
  if (e.key.toLowerCase() === key) return true;
  return /^[a-z]$/.test(key) && e.code === `Key${key.toUpperCase()}`;
}

function matches(e: KeyboardEvent, combo: string): boolean {
  const seq = combo.split(' ');
  if (seq.length === 2) {
    return !e.ctrlKey && !e.metaKey && !e.altKey && previous.key === seq[0] && Date.now() - previous.at < SEQUENCE_MS && keyMatches(e, seq[1]!);
  }
  const parts = combo.split('+');
  const key = parts[parts.length - 1]!;
  const wantMod = parts.includes('mod');
  const hasMod = e.ctrlKey || e.metaKey;
  if (wantMod !== hasMod || e.altKey) return false;
  // `?` needs Shift on most layouts; plain letters must not have it.
  if (key !== '?' && e.shiftKey && !parts.includes('shift')) return false;
  return keyMatches(e, key);
}

window.addEventListener('keydown', (e) => {
  if (e.isComposing || e.repeat || ['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
  const letter = /^Key([A-Z])$/.exec(e.code)?.[1]?.toLowerCase();
  previous = current;
  current = isTypingTarget(e.target) ? { key: '', at: 0 } : { key: letter ?? e.key.toLowerCase(), at: Date.now() };
}, { capture: true });

export function useHotkey(combo: string, handler: (e: KeyboardEvent) => void, opts: HotkeyOptions = {}): void {
  const ref = useRef(handler);
  ref.current = handler;
  const { enabled = true, inInputs = false, inOverlays = false } = opts;

  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || e.defaultPrevented || e.repeat) return;
      if (!inInputs && isTypingTarget(e.target)) return;
      if (!inOverlays && anyOverlayOpen()) return;
      if (!matches(e, combo)) return;
      e.preventDefault();
      ref.current(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [combo, enabled, inInputs, inOverlays]);
}
