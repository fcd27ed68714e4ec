// Referrals: who brought whom. Top referrers (nobody referred them) with the people they
// referred nested below, how many signed, and the conversion from referral to contract.
import { useEffect, useState } from 'react';
import type { ReferralNode } from '../../../../shared/contract';
import { StageChip } from '../../components/Chips';
import { Icon } from '../../components/Icon';
import { EmptyState, PageHeader, Spinner } from '../../components/Misc';
import { useT } from '../../i18n';
import { hrefOf } from '../../stores/navigation';
import { GRAPH_PAGE, useReferralGraph } from '../../stores/referrals';

function Node({ node, depth }: { node: ReferralNode; depth: number }) {
  const i18n = useT();
  const [open, setOpen] = useState(depth < 2);
  const hasChildren = node.children.length > 0;
  return (
    <li className="ref-node" data-testid="ref-node" data-contact-id={node.id} data-depth={depth}>
      <div className="ref-line">
        {hasChildren ? (
          <button type="button" className="icon-button ref-toggle" aria-expanded={open} onClick={() => setOpen(!open)}
            aria-label={open ? i18n.t('refs.collapse') : i18n.t('refs.expand')}>
            <Icon name="back" size={12} className={open ? 'rot-down' : 'rot-right'} />
          </button>
        ) : <span className="ref-toggle-space" />}
        <a href={hrefOf({ name: 'contact', id: node.id })} className="ref-name" data-testid="ref-node-name">{node.name}</a>
        <StageChip stage={node.stage} />
        {node.won ? <span className="won-mark"><Icon name="check" size={12} />{i18n.t('ref.signed')}</span> : null}
        {node.referred ? (
          <span className="ref-counts muted" data-testid="ref-node-counts">
            {i18n.t('refs.nodeCounts', { count: node.referred, won: node.referredWon })}
          </span>
        ) : null}
      </div>
      {hasChildren && open ? (
        <ul className="ref-children">
          {node.children.map((c) => <Node key={c.id} node={c} depth={depth + 1} />)}
          {node.referred > node.children.length ? (
            <li className="muted small ref-more">{i18n.t('refs.moreChildren', { count: node.referred - node.children.length })}</li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}

export function ReferralsView() {
  const i18n = useT();
  const { graph, offset, load } = useReferralGraph();
  useEffect(() => { void load(0); }, [load]);

  const t = graph?.totals;
  return (
    <div className="page" data-testid="referrals-view">
      <PageHeader title={i18n.t('refs.title')} meta={t && t.referred ? i18n.t('refs.meta', { count: t.referred }) : null} />
      <div className="page-body referrals-body">
        {!graph ? <Spinner label={i18n.t('common.loading')} /> : graph.totals.referred === 0 ? (
          <EmptyState icon="contacts" title={i18n.t('refs.emptyTitle')} body={i18n.t('refs.emptyBody')} testId="referrals-empty" />
        ) : (
          <>
            <div className="stat-row" data-testid="referral-stats">
              <div className="stat"><span className="stat-value" data-testid="stat-referrers">{i18n.num(graph.totals.referrers)}</span><span className="stat-label">{i18n.t('refs.referrers')}</span></div>
              <div className="stat"><span className="stat-value" data-testid="stat-referred">{i18n.num(graph.totals.referred)}</span><span className="stat-label">{i18n.t('refs.referred')}</span></div>
              <div className="stat"><span className="stat-value" data-testid="stat-won">{i18n.num(graph.totals.won)}</span><span className="stat-label">{i18n.t('refs.won')}</span></div>
              <div className="stat"><span className="stat-value" data-testid="stat-conversion">{Math.round(graph.totals.conversion * 100)}%</span><span className="stat-label">{i18n.t('refs.conversion')}</span></div>
            </div>
            <section className="panel">
              <h2 className="panel-title">{i18n.t('refs.tree')}<span className="panel-count">{i18n.num(graph.rootCount)}</span></h2>
              <p className="section-hint">{i18n.t('refs.treeHint')}</p>
              <ul className="ref-tree" data-testid="ref-tree">
                {graph.roots.map((n) => <Node key={n.id} node={n} depth={0} />)}
              </ul>
              {graph.rootCount > GRAPH_PAGE ? (
                <div className="pager">
                  <button type="button" className="button small" disabled={offset === 0} onClick={() => void load(Math.max(0, offset - GRAPH_PAGE))}>{i18n.t('refs.prev')}</button>
                  <span className="muted small">{i18n.t('refs.page', { from: offset + 1, to: Math.min(offset + GRAPH_PAGE, graph.rootCount), total: graph.rootCount })}</span>
                  <button type="button" className="button small" disabled={offset + GRAPH_PAGE >= graph.rootCount} onClick={() => void load(offset + GRAPH_PAGE)}>{i18n.t('refs.next')}</button>
                </div>
              ) : null}
            </section>
          </>
        )}
      </div>
    </div>
  );
}
