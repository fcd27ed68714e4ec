// Duplicates: pairs that look like one person, exact matches (same mobile or e-mail) first.
// Keyboard: j/k move, m merges (keeping the chosen side), n says "not the same person".
// Every merge can be undone from its toast.
import { useEffect, useRef, useState } from 'react';
import type { DuplicatePair } from '../../../../shared/contract/import';
import { Icon } from '../../components/Icon';
import { EmptyState, Kbd, PageHeader, Spinner } from '../../components/Misc';
import { useHotkey } from '../../hooks/useHotkey';
import { useT } from '../../i18n';
import { errorText } from '../../i18n/errors';
import { pairKey, useDuplicates } from '../../stores/duplicates';
import { navigate } from '../../stores/navigation';
import { notify, notifyError } from '../../stores/toasts';
import { ui } from '../../stores/ui';
import { PairCard } from './PairCard';

async function merge(p: DuplicatePair) {
  const s = useDuplicates.getState();
  const kept = s.keepOf(p) === 'a' ? p.a : p.b;
  const gone = kept === p.a ? p.b : p.a;
  try {
    const rec = await s.merge(p);
    // Two records under one name read "Merged Emily Chen into Emily Chen" otherwise.
    notify((i) => (gone.name.trim() === kept.name.trim() ? i.t('dup.mergedSameName', { name: kept.name }) : i.t('dup.merged', { from: gone.name, into: kept.name })), {
      label: 'common.undo',
      run: () => {
        useDuplicates.getState().undoMerge(rec.mergeId)
          .then(() => notify((i) => i.t('dup.mergeUndone', { name: gone.name })), notifyError);
      },
    });
  } catch (e) {
    notifyError(e);
  }
}

/** Every exact pair (same mobile or e-mail) at once, after a confirmation; undone newest first. */
async function mergeAllExact(count: number) {
  const ok = await ui.confirm({
    title: (i) => i.t('dup.mergeAllTitle', { count }),
    body: (i) => i.t('dup.mergeAllBody'),
    confirmLabel: (i) => i.t('dup.mergeAll', { count }),
  });
  if (!ok) return;
  try {
    const merges = await useDuplicates.getState().mergeAllExact();
    notify((i) => i.t('dup.mergedAll', { count: merges.length }), {
      label: 'common.undo',
      run: () => {
        void (async () => {
          for (const m of [...merges].reverse()) await useDuplicates.getState().undoMerge(m.mergeId);
          notify((i) => i.t('dup.mergedAllUndone', { count: merges.length }));
        })().catch(notifyError);
      },
    });
  } catch (e) {
    notifyError(e);
  }
}

async function dismiss(p: DuplicatePair) {
  try {
    await useDuplicates.getState().dismiss(p);
    notify((i) => i.t('dup.dismissed', { a: p.a.name, b: p.b.name }));
  } catch (e) {
    notifyError(e);
  }
}

export function DuplicatesView() {
  const i18n = useT();
  const { items, total, loaded, selected } = useDuplicates();
  const [error, setError] = useState<unknown>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    useDuplicates.getState().load().then(() => setError(null), setError);
  }, []);

  // Keep the selected pair in view as j/k move through a long list.
  useEffect(() => {
    listRef.current?.children[selected]?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const current = items[selected];
  // The list is exact pairs first, so the loaded page holds all of them unless it is full of them.
  const exact = items.filter((p) => p.kind === 'exact').length;
  const select = useDuplicates.getState().select;
  useHotkey('j', () => select(selected + 1));
  useHotkey('k', () => select(selected - 1));
  useHotkey('m', () => { if (current && !useDuplicates.getState().busy) void merge(current); }, { enabled: Boolean(current) });
  useHotkey('n', () => { if (current && !useDuplicates.getState().busy) void dismiss(current); }, { enabled: Boolean(current) });

  return (
    <div className="page" data-testid="duplicates-view">
      <PageHeader
        title={i18n.t('dup.title')}
        meta={total ? i18n.t('dup.count', { count: total }) : null}
        actions={exact > 1 ? (
          <button type="button" className="button" onClick={() => void mergeAllExact(exact)} data-testid="dup-merge-all">
            <Icon name="merge" />{i18n.t('dup.mergeAll', { count: exact })}
          </button>
        ) : null}
      >
        <p className="page-subtitle">
          {i18n.t('dup.subtitle')}
          {items.length ? <span className="keys-hint"><Kbd>J</Kbd><Kbd>K</Kbd> {i18n.t('dup.keyMove')} <Kbd>M</Kbd> {i18n.t('dup.merge')} <Kbd>N</Kbd> {i18n.t('dup.notSame')}</span> : null}
        </p>
      </PageHeader>
      <div className="page-body">
        {error ? (
          <EmptyState icon="alert" title={i18n.t('dup.loadFailed')} body={errorText(error, i18n)} testId="dup-error" />
        ) : !loaded ? (
          <Spinner label={i18n.t('common.loading')} />
        ) : items.length === 0 ? (
          <EmptyState icon="duplicates" title={i18n.t('dup.emptyTitle')} body={i18n.t('dup.emptyBody')} testId="dup-empty">
            <button type="button" className="button" onClick={() => navigate({ name: 'import' })}><Icon name="import" />{i18n.t('nav.import')}</button>
          </EmptyState>
        ) : (
          <ul className="dup-list" ref={listRef} data-testid="dup-list">
            {items.map((p, i) => (
              <PairCard
                key={pairKey(p)}
                pair={p}
                selected={i === selected}
                onSelect={() => select(i)}
                onMerge={() => void merge(p)}
                onDismiss={() => void dismiss(p)}
              />
            ))}
          </ul>
        )}
        {loaded && total > items.length ? <p className="table-more muted">{i18n.t('dup.more', { shown: items.length, total })}</p> : null}
      </div>
    </div>
  );
}
