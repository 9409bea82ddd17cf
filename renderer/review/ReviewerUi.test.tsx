// @vitest-environment happy-dom
/**
 * What a JDN reviewer sees in reviewer mode: a palette with nothing to add to the agency's model,
 * and a comment's text, heading and severity that can be corrected after it was added (one
 * undoable step). The inspector's and project form's disabled fields are checked in a real browser
 * (test/e2e/review.spec.ts): happy-dom does not disable the controls of a disabled fieldset.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { createReview, elementAnchor } from '../../shared/review';
import { Palette } from '../palette/Palette';
import './register';
import { CommentsPanel } from './CommentsPanel';
import { ImplementerForm } from './AssessmentForms';
import { useReview } from './reviewStore';

const AT = '2026-02-01T00:00:00.000Z';

function openExample(readOnly: boolean) {
  const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: 'Projek Agensi', doc, dirty: false });
  useEditor.getState().setReadOnly(
    readOnly
      ? { reasonKey: 'review.modelReadOnly', undo: () => useReview.getState().undo(), redo: () => useReview.getState().redo(), save: async () => true, saveAs: async () => true }
      : null,
  );
  return doc;
}

describe('reviewer mode: the palette', () => {
  beforeAll(() => initI18n('ms'));
  beforeEach(cleanup);
  afterEach(cleanup);

  it('the palette offers no element to add, only the reason', () => {
    openExample(true);
    render(<Palette />);
    expect(screen.queryAllByRole('button', { name: /^Tambah/ })).toHaveLength(0);
    expect(screen.getByText(/Model dibuka untuk ulasan: elemen tidak boleh ditambah/)).toBeTruthy();
  });

  it('the palette adds elements again once the model is editable', () => {
    openExample(false);
    render(<Palette />);
    expect(screen.getAllByRole('button', { name: /^Tambah/ }).length).toBeGreaterThan(10);
    expect(screen.queryByText(/Model dibuka untuk ulasan/)).toBeNull();
  });
});

describe('reviewer mode: editing a comment already written', () => {
  beforeAll(() => initI18n('ms'));
  beforeEach(cleanup);
  afterEach(cleanup);

  function openReviewWithComment() {
    const doc = openExample(true);
    const review = createReview({ doc, reviewer: { name: 'Puan Aminah', body: 'bppd' }, at: AT });
    review.comments.push({ id: 'k1', anchor: elementAnchor(doc.elements.get('site_pdsa')!), heading: 'pengurusanPusatData', severity: 'cadangan', status: 'terbuka', text: 'Kapasiti pusat data?', author: { name: 'Puan Aminah', role: 'reviewer' }, createdAt: AT, replies: [] });
    useReview.getState().load({ review, role: 'reviewer', ref: null, fileName: null, actorName: 'Puan Aminah', dirty: false });
    render(<CommentsPanel />);
  }

  const comment = () => useReview.getState().history!.review.comments[0];

  it('changes the text and severity in the card’s form, shows it edited, and undo brings the old text back', () => {
    openReviewWithComment();
    fireEvent.click(screen.getByRole('button', { name: 'Ubah komen' }));
    const form = screen.getByRole('form', { name: 'Ubah komen' });
    const text = within(form).getByLabelText('Komen') as HTMLTextAreaElement;
    expect(text.value).toBe('Kapasiti pusat data?');
    fireEvent.change(text, { target: { value: 'Nyatakan kapasiti rak di PDSA JDN.' } });
    fireEvent.change(within(form).getByLabelText('Tahap'), { target: { value: 'perluTindakan' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));

    expect(screen.queryByRole('form', { name: 'Ubah komen' })).toBeNull();
    expect(comment()).toMatchObject({ text: 'Nyatakan kapasiti rak di PDSA JDN.', severity: 'perluTindakan', heading: 'pengurusanPusatData' });
    expect(comment().updatedAt).toBeTruthy();
    const card = screen.getByTestId('review-comment');
    expect(card.textContent).toContain('Nyatakan kapasiti rak di PDSA JDN.');
    expect(card.textContent).toContain('diubah');
    expect(useReview.getState().dirty).toBe(true);

    act(() => useReview.getState().undo());
    expect(comment()).toMatchObject({ text: 'Kapasiti pusat data?', severity: 'cadangan' });
    expect(screen.getByTestId('review-comment').textContent).toContain('Kapasiti pusat data?');
  });

  it('cancel leaves the comment as it was, and an empty text cannot be saved', () => {
    openReviewWithComment();
    fireEvent.click(screen.getByRole('button', { name: 'Ubah komen' }));
    const form = screen.getByRole('form', { name: 'Ubah komen' });
    fireEvent.change(within(form).getByLabelText('Komen'), { target: { value: '   ' } });
    expect(within(form).getByRole('button', { name: 'Simpan perubahan' }).matches(':disabled')).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: 'Batal' }));
    expect(comment().text).toBe('Kapasiti pusat data?');
    expect(useReview.getState().history!.past).toHaveLength(0);
  });
});

describe('agency mode: Ctrl+Z in the Comments panel', () => {
  beforeAll(() => initI18n('ms'));
  beforeEach(cleanup);
  afterEach(cleanup);

  /** The agency's project with one model edit made and one reply written; `reachedApp` records Ctrl+Z reaching the app's shortcuts (Edit › Undo). */
  function agencyWithReply() {
    const doc = openExample(false);
    useEditor.getState().dispatch('element.update', { id: 'sys_a', patch: { name: 'Sistem A1' } });
    const review = createReview({ doc, reviewer: { name: 'Puan Aminah', body: 'bppd' }, at: AT });
    review.comments.push({ id: 'k1', anchor: elementAnchor(doc.elements.get('site_pdsa')!), heading: 'pengurusanPusatData', severity: 'cadangan', status: 'terbuka', text: 'Kapasiti pusat data?', author: { name: 'Puan Aminah', role: 'reviewer' }, createdAt: AT, replies: [] });
    useReview.getState().load({ review, role: 'agency', ref: null, fileName: null, actorName: 'Encik Rahman', dirty: false });
    render(<CommentsPanel />);
    const reply = screen.getByLabelText('Balasan kepada komen 1');
    fireEvent.change(reply, { target: { value: '4 rak.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Balas' }));
    expect(useReview.getState().history!.review.comments[0].replies).toHaveLength(1);
    const reachedApp: string[] = [];
    const listener = (e: KeyboardEvent) => reachedApp.push(e.key);
    window.addEventListener('keydown', listener);
    return { reply: screen.getByLabelText('Balasan kepada komen 1'), reachedApp, done: () => window.removeEventListener('keydown', listener) };
  }

  it('while typing a reply takes back typing only: neither the model edit nor the sent reply is undone', () => {
    const { reply, reachedApp, done } = agencyWithReply();
    fireEvent.change(reply, { target: { value: 'Balasan kedua' } });
    fireEvent.keyDown(reply, { key: 'z', ctrlKey: true });
    done();
    expect(reachedApp).toEqual([]);
    expect(useEditor.getState().history!.doc.elements.get('sys_a')!.name).toBe('Sistem A1');
    expect(useReview.getState().history!.review.comments[0].replies).toHaveLength(1);
  });

  it('elsewhere in the panel undoes the last reply, not the model edit, and Ctrl+Y brings it back', () => {
    const { reachedApp, done } = agencyWithReply();
    const undoButton = screen.getByRole('button', { name: 'Buat asal' });
    fireEvent.keyDown(undoButton, { key: 'z', ctrlKey: true });
    expect(useReview.getState().history!.review.comments[0].replies).toHaveLength(0);
    expect(useEditor.getState().history!.doc.elements.get('sys_a')!.name).toBe('Sistem A1');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Buat semula' }), { key: 'y', ctrlKey: true });
    done();
    expect(reachedApp).toEqual([]);
    expect(useReview.getState().history!.review.comments[0].replies).toHaveLength(1);
  });
});

describe('the review panel: the recommended Pelaksana Projek (Jadual 4-1 langkah 8)', () => {
  beforeAll(() => initI18n('ms'));
  beforeEach(cleanup);
  afterEach(cleanup);

  function openReview(role: 'reviewer' | 'agency') {
    const doc = openExample(true);
    const review = createReview({ doc, reviewer: { name: 'Puan Aminah', body: 'bppd' }, at: AT });
    useReview.getState().load({ review, role, ref: null, fileName: null, actorName: 'Puan Aminah', dirty: false });
    render(<ImplementerForm readOnly={role !== 'reviewer'} />);
  }

  it('shows the agency’s proposal and records the reviewer’s recommendation and justification, one undo step each', () => {
    openReview('reviewer');
    expect(screen.getByText('Cadangan agensi: Jabatan Digital Negara')).toBeTruthy();
    act(() => {
      fireEvent.change(screen.getByLabelText('Pelaksana Projek yang disyorkan'), { target: { value: 'Agensi PQRST' } });
      fireEvent.blur(screen.getByLabelText('Pelaksana Projek yang disyorkan'));
    });
    act(() => {
      fireEvent.change(screen.getByLabelText('Justifikasi pengesyoran'), { target: { value: 'Pasukan sendiri.' } });
    });
    expect(useReview.getState().history!.review.implementer).toEqual({ agency: 'Agensi PQRST', justification: 'Pasukan sendiri.' });
    act(() => useReview.getState().undo());
    expect(useReview.getState().history!.review.implementer).toEqual({ agency: 'Agensi PQRST' });
  });

  it('is read-only for the agency', () => {
    openReview('agency');
    expect((screen.getByLabelText('Pelaksana Projek yang disyorkan') as HTMLInputElement).readOnly).toBe(true);
  });
});
