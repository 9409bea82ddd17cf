import { describe, expect, it } from 'vitest';
import { CommandError } from '../commands';
import { DOMAIN_MESSAGES, LANGS } from '../i18n';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { createReview, dispatchReview, initialReviewHistory, listReviewCommands, parseReviewFile, redoReview, serializeReview, undoReview, type ReviewHistory } from './index';

const AT = '2025-03-01T09:00:00.000Z';
const reviewer = { role: 'reviewer' as const, name: 'Puan Aminah', at: AT };
const agency = { role: 'agency' as const, name: 'Encik Rahman (Agensi PQRST)', at: '2025-03-10T10:00:00.000Z' };

function start(): ReviewHistory {
  const review = createReview({ doc: pengambilanPekerjaExample(AT), reviewer: { name: 'Puan Aminah', body: 'bppd' }, at: AT });
  let h = initialReviewHistory(review);
  h = dispatchReview(h, 'review.comment.add', { id: 'k1', anchor: { kind: 'relation', id: 'fl_b', name: 'Aliran data: Sistem B → SPP', relationKind: 'dataFlow' }, heading: 'pengurusanPangkalanData', severity: 'perluTindakan', text: 'Sahkan Servis ID.' }, reviewer);
  h = dispatchReview(h, 'review.evaluation.set', { criterion: 'pengurusanRangkaian', verdict: 'memuaskan', justification: 'MyGov*Net.PDSA 10 Gbps.' }, reviewer);
  return h;
}

function thrown(fn: () => unknown): CommandError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CommandError) return e;
    throw e;
  }
  throw new Error('expected a CommandError');
}

describe('review commands', () => {
  it('record the Pelaksana Projek JDN recommends, the reviewer alone, and clear it again (Jadual 4-1 langkah 8)', () => {
    // the panel sends the field at each keystroke: a space typed after a word stays for the next letter
    let h = dispatchReview(start(), 'review.implementer.set', { agency: 'Jabatan Digital ', justification: 'Dihoskan di PDSA JDN.' }, reviewer);
    expect(h.review.implementer.agency).toBe('Jabatan Digital ');
    h = dispatchReview(h, 'review.implementer.set', { agency: 'Jabatan Digital Negara' }, reviewer);
    expect(h.review.implementer).toEqual({ agency: 'Jabatan Digital Negara', justification: 'Dihoskan di PDSA JDN.' });
    expect(thrown(() => dispatchReview(h, 'review.implementer.set', { agency: 'Agensi PQRST' }, agency)).key).toBe('review.notAllowed');
    h = dispatchReview(h, 'review.implementer.set', { agency: '' }, reviewer);
    expect(h.review.implementer).toEqual({ justification: 'Dihoskan di PDSA JDN.' });
    expect(undoReview(h).review.implementer.agency).toBe('Jabatan Digital Negara');
  });

  it('record the reviewer as the author of a new open comment', () => {
    const c = start().review.comments[0];
    expect(c).toMatchObject({ status: 'terbuka', author: { name: 'Puan Aminah', role: 'reviewer' }, createdAt: AT, replies: [] });
  });

  it('let the agency reply and mark a comment answered in one undoable step', () => {
    const before = start();
    const after = dispatchReview(before, 'review.reply.add', { commentId: 'k1', id: 'b1', text: 'Servis ID telah dikemas kini.', markAnswered: true }, agency);
    const c = after.review.comments[0];
    expect(c.status).toBe('dijawab');
    expect(c.replies).toEqual([{ id: 'b1', author: { name: 'Encik Rahman (Agensi PQRST)', role: 'agency' }, at: agency.at, text: 'Servis ID telah dikemas kini.' }]);
    expect(after.past.at(-1)!.labelKey).toBe('command.review.reply.add');
    const undone = undoReview(after);
    expect(undone.review.comments[0]).toEqual(before.review.comments[0]);
    expect(redoReview(undone).review.comments[0]).toEqual(c);
  });

  it('never let the agency change the reviewer’s verdicts, Syor or comments', () => {
    const h = start();
    for (const [id, args] of [
      ['review.evaluation.set', { criterion: 'pengurusanRangkaian', verdict: 'tidakMemuaskan' }],
      ['review.syor.set', { value: 'bersetujuTanpaPindaan' }],
      ['review.comment.edit', { id: 'k1', text: 'Tiada isu.' }],
      ['review.comment.remove', { id: 'k1' }],
      ['review.decision.set', { status: 'bersetuju' }],
    ] as const) {
      expect(thrown(() => dispatchReview(h, id, args, agency)).key, id).toBe('review.notAllowed');
    }
  });

  it('let the agency mark a comment answered but not resolved', () => {
    const h = start();
    expect(thrown(() => dispatchReview(h, 'review.comment.setStatus', { id: 'k1', status: 'selesai' }, agency)).key).toBe('review.agencyStatus');
    expect(dispatchReview(h, 'review.comment.setStatus', { id: 'k1', status: 'dijawab' }, agency).review.comments[0].status).toBe('dijawab');
    expect(dispatchReview(h, 'review.comment.setStatus', { id: 'k1', status: 'selesai' }, reviewer).review.comments[0].status).toBe('selesai');
  });

  it('keep the reviewer’s verdicts byte for byte when the agency’s replies are saved', () => {
    const h = start();
    const replied = dispatchReview(h, 'review.reply.add', { commentId: 'k1', id: 'b1', text: 'Baik.', markAnswered: true }, agency);
    const read = parseReviewFile(serializeReview(replied.review));
    expect(read.ok && read.review.evaluations).toEqual(h.review.evaluations);
    expect(read.ok && read.review.comments[0].text).toBe('Sahkan Servis ID.');
  });

  it('refuse a reply to a comment that is not there', () => {
    expect(thrown(() => dispatchReview(start(), 'review.reply.add', { commentId: 'nope', id: 'b1', text: 'x' }, agency)).key).toBe('review.commentNotFound');
  });

  it('set the Syor with its amendments and clear a field with null', () => {
    let h = dispatchReview(start(), 'review.syor.set', { value: 'bersetujuDenganPindaan', amendments: 'Guna MyGDX.' }, reviewer);
    expect(h.review.syor).toEqual({ value: 'bersetujuDenganPindaan', amendments: 'Guna MyGDX.' });
    h = dispatchReview(h, 'review.syor.set', { value: 'tidakDiteruskan', amendments: null, reason: 'digabungkan', relatedSolution: 'MyJobs' }, reviewer);
    expect(h.review.syor).toEqual({ value: 'tidakDiteruskan', reason: 'digabungkan', relatedSolution: 'MyJobs' });
  });

  it('merge typing into one justification into one undo step', () => {
    let h = start();
    const steps = h.past.length;
    for (const text of ['M', 'My', 'MyG']) h = dispatchReview(h, 'review.evaluation.set', { criterion: 'pengurusanProjek', justification: text }, reviewer, { mergeKey: 'just:a' });
    expect(h.past.length).toBe(steps + 1);
    expect(undoReview(h).review.evaluations.pengurusanProjek).toBeUndefined();
  });

  it('record nothing when a change changes nothing', () => {
    const h = start();
    expect(dispatchReview(h, 'review.evaluation.set', { criterion: 'pengurusanRangkaian', verdict: 'memuaskan' }, reviewer)).toBe(h);
  });

  it('all have a label in Malay and English for Edit › Undo', () => {
    const commands = listReviewCommands();
    expect(commands.length).toBeGreaterThanOrEqual(12);
    for (const lang of LANGS) {
      for (const c of commands) {
        const text = c.labelKey.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], DOMAIN_MESSAGES[lang]);
        expect(typeof text, `${lang} ${c.labelKey}`).toBe('string');
      }
    }
  });
});
