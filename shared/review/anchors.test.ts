import { describe, expect, it } from 'vitest';
import { executeCommand } from '../commands';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { createReview, elementAnchor, executeReviewCommand, relationAnchor, resolveAnchor, suggestedHeading, viewAnchor, type Review } from './index';

const AT = '2025-03-01T09:00:00.000Z';
const reviewer = { role: 'reviewer' as const, name: 'Encik Hafiz', at: AT };

function reviewWithComments(): { review: Review; doc: ReturnType<typeof pengambilanPekerjaExample> } {
  const doc = pengambilanPekerjaExample(AT);
  let review = createReview({ doc, reviewer: { name: 'Encik Hafiz', body: 'perundingJdn' }, at: AT });
  const add = (id: string, anchor: unknown) =>
    (review = executeReviewCommand(review, 'review.comment.add', { id, anchor, heading: 'pengurusanProjek', severity: 'cadangan', text: `Komen ${id}` }, reviewer).review);
  add('k_site', elementAnchor(doc.elements.get('site_pdsa')!));
  add('k_flow', relationAnchor(doc, doc.relations.get('fl_b')!));
  add('k_view', viewAnchor(doc, 'view_main', 400, 120));
  add('k_check', { kind: 'checklist', item: 'viii' });
  add('k_field', { kind: 'field', field: 'estimatedCost' });
  return { review, doc };
}

describe('comment anchors (Jadual 4-1 step 8: comments travel with the model)', () => {
  it('name a data flow by its ends and integration method', () => {
    const { review } = reviewWithComments();
    expect(review.comments.find((c) => c.id === 'k_flow')!.anchor).toMatchObject({ kind: 'relation', id: 'fl_b', name: 'Aliran data: Sistem B – Sistem Pengambilan Pekerja (MyGDX)' });
  });

  it('follow their element through a rename and a move: the comment shows the new name', () => {
    const { review, doc } = reviewWithComments();
    let revised = executeCommand(doc, 'element.update', { id: 'site_pdsa', patch: { name: 'PDSA JDN Cyberjaya' } }).doc;
    revised = executeCommand(revised, 'element.move', { viewId: 'view_main', moves: [{ id: 'site_pdsa', x: 900, y: doc.views.view_main.nodes.site_pdsa.y }] }).doc;
    const site = review.comments.find((c) => c.id === 'k_site')!;
    expect(resolveAnchor(site.anchor, revised, 'ms')).toEqual({ orphaned: false, name: 'PDSA JDN Cyberjaya', kindLabel: 'Lokasi' });
  });

  it('follow a flow whose method the agency changed, and name it with the new method', () => {
    const { review, doc } = reviewWithComments();
    const revised = executeCommand(doc, 'relation.update', { id: 'fl_b', patch: { method: 'api' } }).doc;
    const flow = review.comments.find((c) => c.id === 'k_flow')!;
    expect(resolveAnchor(flow.anchor, revised, 'ms')).toMatchObject({ orphaned: false, name: 'Aliran data: Sistem B – Sistem Pengambilan Pekerja (API)' });
  });

  it('become orphaned when their element is deleted, keeping the name it had', () => {
    const { review, doc } = reviewWithComments();
    const revised = executeCommand(doc, 'element.remove', { ids: ['site_pdsa'] }).doc;
    const site = review.comments.find((c) => c.id === 'k_site')!;
    expect(resolveAnchor(site.anchor, revised, 'en')).toEqual({ orphaned: true, name: 'PDSA JDN', kindLabel: 'Site' });
  });

  it('become orphaned when the flow goes with a deleted end, keeping the flow’s name', () => {
    const { review, doc } = reviewWithComments();
    const revised = executeCommand(doc, 'element.remove', { ids: ['sys_b'] }).doc;
    expect(revised.relations.get('fl_b')).toBeUndefined();
    const flow = review.comments.find((c) => c.id === 'k_flow')!;
    expect(resolveAnchor(flow.anchor, revised, 'ms')).toMatchObject({ orphaned: true, name: 'Aliran data: Sistem B – Sistem Pengambilan Pekerja (MyGDX)' });
  });

  it('on a checklist item or a proposal field never orphan, and use the guide’s words', () => {
    const { review, doc } = reviewWithComments();
    const check = resolveAnchor(review.comments.find((c) => c.id === 'k_check')!.anchor, doc, 'ms');
    expect(check.orphaned).toBe(false);
    expect(check.name).toContain('Jadual 4-1 A.1.a (viii)');
    expect(check.name).toContain('MyGDX sebagai platform perkongsian data');
    expect(resolveAnchor(review.comments.find((c) => c.id === 'k_field')!.anchor, doc, 'ms').name).toBe('Anggaran kos');
  });

  it('on a view area orphan when the view is deleted', () => {
    const { review, doc } = reviewWithComments();
    let revised = executeCommand(doc, 'view.add', { view: { id: 'view_2', name: 'Kedua', order: 1, nodes: {} } }).doc;
    revised = executeCommand(revised, 'view.remove', { id: 'view_main' }).doc;
    expect(resolveAnchor(review.comments.find((c) => c.id === 'k_view')!.anchor, revised, 'ms')).toMatchObject({ orphaned: true, name: 'LMV' });
  });

  it('take their current names when the reviewer reviews a revised version; orphans keep the old one', () => {
    const { review, doc } = reviewWithComments();
    let revised = executeCommand(doc, 'element.update', { id: 'site_pdsa', patch: { name: 'PDSA JDN Cyberjaya' } }).doc;
    revised = executeCommand(revised, 'element.remove', { ids: ['sys_b'] }).doc;
    const next = executeReviewCommand(review, 'review.round.start', { snapshot: revised, contentHash: `sha256:${'1'.repeat(64)}`, generation: 4 }, reviewer).review;
    expect(next.comments.find((c) => c.id === 'k_site')!.anchor).toMatchObject({ name: 'PDSA JDN Cyberjaya' });
    expect(next.comments.find((c) => c.id === 'k_flow')!.anchor).toMatchObject({ name: 'Aliran data: Sistem B – Sistem Pengambilan Pekerja (MyGDX)' });
    expect(next.proposal.earlier).toEqual([review.proposal.reviewed]);
    expect(next.proposal.reviewed).toMatchObject({ generation: 4 });
  });

  it('suggest the step-8 heading of what they point at', () => {
    const { doc } = reviewWithComments();
    expect(suggestedHeading(elementAnchor(doc.elements.get('site_pdsa')!))).toBe('pengurusanPusatData');
    expect(suggestedHeading(elementAnchor(doc.elements.get('net_pdsa')!))).toBe('pengurusanRangkaian');
    expect(suggestedHeading(elementAnchor(doc.elements.get('sec_hsm')!))).toBe('pengurusanKeselamatanSiber');
    expect(suggestedHeading(relationAnchor(doc, doc.relations.get('fl_b')!))).toBe('pengurusanPangkalanData');
    expect(suggestedHeading({ kind: 'checklist', item: 'viii' })).toBe('pembangunanSistem');
  });
});
