// The keys of a search box over a list of hits (the contact picker, the time-zone picker): ↑/↓
// move the active hit and keep it in view, Enter picks it, Esc leaves. The pickers differ in
// what leaving means (clear the query, or put the current value back) and in when the list is
// open, so those are theirs; the active hit follows the mouse through `setActive`.
import { type KeyboardEvent, useRef, useState } from 'react';

interface Options {
  /** How many hits the list shows. */
  count: number;
  /** Whether Enter and Esc act (the list is open, or there is a query to clear). */
  open: boolean;
  /** ↓ on a closed list opens it. */
  onOpen?(): void;
  onPick(index: number, input: HTMLInputElement): void;
  onEscape(input: HTMLInputElement): void;
}

export function useComboboxKeys({ count, open, onOpen, onPick, onEscape }: Options) {
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const move = (to: number) => {
    const n = Math.max(0, Math.min(count - 1, to));
    setActive(n);
    listRef.current?.children[n]?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); onOpen?.(); move(active + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); move(active - 1); }
    else if (e.key === 'Enter' && open && active < count) { e.preventDefault(); e.stopPropagation(); onPick(active, e.currentTarget); }
    else if (e.key === 'Escape' && open) { e.preventDefault(); e.stopPropagation(); onEscape(e.currentTarget); }
  };
  return { active, setActive, listRef, onKeyDown };
}
