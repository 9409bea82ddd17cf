import { describe, expect, it } from 'vitest';
import { executeCommand } from '../commands';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { changesSinceReviewed, createReview, elementAnchor, executeReviewCommand, relationAnchor, type Review } from './index';

const AT = '2025-03-01T09:00:00.000Z';
const reviewer = { role: 'reviewer' as const, name: 'Puan Aminah', at: AT };

function start(): Review {
  const doc = pengambilanPekerjaExample(AT);
  let r = createReview({ doc, reviewer: { name: 'Puan Aminah', body: 'bppd' }, at: AT });
  const add = (id: string, anchor: unknown) => (r = executeReviewCommand(r, 'review.comment.add', { id, anchor, heading: 'pengurusanProjek', severity: 'cadangan', text: 'x' }, reviewer).review);
  add('k_flow', relationAnchor(doc, doc.relations.get('fl_b')!));
  add('k_site', elementAnchor(doc.elements.get('site_pdsa')!));
  add('k_gone', elementAnchor(doc.elements.get('sys_d')!));
  add('k_cost', { kind: 'field', field: 'estimatedCost' });
  add('k_check', { kind: 'checklist', item: 'v' });
  return r;
}

describe('changesSinceReviewed (reviewer sees what the agency changed)', () => {
  it('finds nothing when the agency sends the same model back', () => {
    const c = changesSinceReviewed(start(), pengambilanPekerjaExample(AT), 'ms');
    expect(c.modelChanged).toBe(false);
    expect(c.described).toEqual([]);
    expect(c.anchors.get('k_flow')).toBe('unchanged');
  });

  it('describes the agency’s edit of the flow in planner’s words and flags the comments whose anchors changed', () => {
    let revised = executeCommand(pengambilanPekerjaExample(AT), 'relation.update', { id: 'fl_b', patch: { method: 'api' } }).doc;
    revised = executeCommand(revised, 'element.remove', { ids: ['sys_d'] }).doc;
    revised = executeCommand(revised, 'project.updateMeta', { patch: { costs: [{ component: 'Pembangunan', amount: 4_000_000 }] } }).doc;
    const c = changesSinceReviewed(start(), revised, 'ms');
    expect(c.modelChanged).toBe(true);
    expect(Object.fromEntries(c.anchors)).toEqual({ k_flow: 'changed', k_site: 'unchanged', k_gone: 'removed', k_cost: 'changed', k_check: null });
    expect(c.described.map((d) => d.text).join('\n')).toContain('MyGDX → API');
  });
});
