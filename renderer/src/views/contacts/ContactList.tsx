// The virtualized list. Only the rows on screen exist in the DOM, and only the pages of
// contacts.list they fall on are fetched, so a book of 100,000 scrolls like one of 100.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import type { ContactSummary } from '../../../../shared/domain/types';
import { ContactRow } from './ContactRow';

const ROW_HEIGHT = 56;

interface ContactListProps {
  count: number;
  rowAt(i: number): ContactSummary | undefined;
  /** Called with the visible index range so missing pages can be fetched. */
  onRange?(start: number, end: number): void;
  active: number;
  /** Changes when the list's content is replaced (new filters, new query): scroll back up. */
  resetKey: string;
}

export function ContactList({ count, rowAt, onRange, active, resetKey }: ContactListProps) {
  const i18n = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // Also with no rows yet: that is how the first page (and the total) gets asked for.
  useEffect(() => {
    onRange?.(first, last);
  }, [first, last, count, onRange]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  useEffect(() => {
    if (active >= 0 && active < count) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, count, virtualizer]);

  return (
    <div className="contact-table" role="table" aria-rowcount={count} data-testid="contact-list" data-total={count}>
      <div className="contact-row header" role="row">
        <span role="columnheader">{i18n.t('contacts.col.name')}</span>
        <span role="columnheader">{i18n.t('contacts.col.reach')}</span>
        <span role="columnheader">{i18n.t('contacts.col.stage')}</span>
        <span role="columnheader">{i18n.t('contacts.col.freshness')}</span>
        <span role="columnheader">{i18n.t('contacts.col.next')}</span>
      </div>
      <div className="contact-scroll" ref={scrollRef} data-testid="contact-scroll">
        <div className="contact-canvas" style={{ height: virtualizer.getTotalSize() }} role="rowgroup">
          {items.map((v) => (
            <ContactRow
              key={v.key}
              index={v.index}
              contact={rowAt(v.index)}
              active={v.index === active}
              style={{ transform: `translateY(${v.start}px)`, height: v.size }}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
