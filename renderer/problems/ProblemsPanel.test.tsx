import { formatSource } from '../../shared/catalogue';
// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { changeLanguage, initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { useCanvas } from '../canvas/canvasStore';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { edit } from '../../test/helpers/rules';
import { ProblemsPanel } from './ProblemsPanel';
import { CHECK_INTERVAL_MS } from './useCheckReport';
import { setExtraFindings } from './extraFindings';
import { PORTFOLIO_RULE } from '../../shared/portfolio/check';

const doc = () => useEditor.getState().history!.doc;

/**
 * The worked example (a correct model: no findings, 001 §3.3.4) with three warnings: Sistem C and D of other
 * agencies supply by SFTP instead of MyGDX, and an ePayment Gateway platform is connected to nothing.
 */
function exampleWithWarnings() {
  return edit(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), (d) => {
    for (const id of ['fl_c', 'fl_d']) (d.relations[id] as { method: string }).method = 'sftp';
    d.elements.pf_pay = { id: 'pf_pay', kind: 'platform', name: 'ePayment Gateway', platformType: 'ePaymentGateway' };
    d.views.view_main.nodes.pf_pay = { x: 900, y: 500 };
  });
}

function open(doc = exampleWithWarnings()) {
  useEditor.getState().loadProject({ handle: 'h1', ref: null, displayName: '', doc, dirty: false });
  render(<ProblemsPanel />);
}

describe('ProblemsPanel', () => {
  beforeAll(() => initI18n('ms'));
  beforeEach(async () => {
    cleanup();
    await changeLanguage('ms');
  });
  afterEach(cleanup);

  it('shows the worked example with no findings (its MyGDX services carry every IDD field, 003 Lampiran A)', async () => {
    open(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    expect(await screen.findByText('0 amaran')).toBeTruthy();
    expect(screen.getByText('0 ralat')).toBeTruthy();
    expect(screen.getByText('0 nasihat')).toBeTruthy();
    expect(screen.queryByText('Amaran')).toBeNull();
    expect(screen.queryByText('Nasihat')).toBeNull();
  });

  it('shows the findings grouped by severity with counts, source and fix hint', async () => {
    open();
    expect(await screen.findByText('3 amaran')).toBeTruthy();
    expect(screen.getByText('0 ralat')).toBeTruthy();
    expect(screen.getByText('0 nasihat')).toBeTruthy();
    const warnings = screen.getByText('Amaran').closest('details')!;
    expect(within(warnings).getByText('(3)')).toBeTruthy();
    expect(within(warnings).getByText('Aliran data dengan "Sistem C" (Agensi C) merentas agensi tetapi menggunakan SFTP, bukan MyGDX.')).toBeTruthy();
    expect(within(warnings).getAllByText('Sumber: Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii; Polisi Data Raya TVET §2.4.3, Jadual 3, Lampiran A')).toHaveLength(2);
    expect(within(warnings).getAllByText(/^Cadangan: Tukar kaedah integrasi kepada MyGDX/)).toHaveLength(2);
  });

  it('selects and reveals the elements of a finding when it is clicked', async () => {
    open();
    fireEvent.click(await screen.findByText('Platform "ePayment Gateway" tidak dihubungkan dengan mana-mana elemen lain.'));
    expect(useEditor.getState().selection).toEqual({ elements: ['pf_pay'], relations: [] });
    expect(useCanvas.getState().reveal?.id).toBe('pf_pay');
  });

  it('updates after an edit: an application without MyDigital ID becomes an error', async () => {
    open();
    await screen.findByText('0 ralat');
    const rel = doc().relations.values().find((r) => r.kind === 'usesPlatform' && r.source === 'app_spp')!;
    act(() => void useEditor.getState().dispatch('relation.remove', { ids: [rel.id] }));
    // the application's single sign-on, and the identity-verification process (Pengesahan, Rajah 3-2 #20) it supported
    expect(await screen.findByText('2 ralat')).toBeTruthy();
    expect(screen.getByText('Aplikasi "Sistem Pengambilan Pekerja" tidak menggunakan platform MyDigital ID sebagai log masuk tunggal.')).toBeTruthy();
  });

  it('follows a burst of edits, undo and redo', async () => {
    open();
    await screen.findByText('0 ralat');
    const rel = doc().relations.values().find((r) => r.kind === 'usesPlatform' && r.source === 'app_spp')!;
    act(() => {
      useEditor.getState().dispatch('element.update', { id: 'app_spp', patch: { name: 'Sistem A' } });
      useEditor.getState().dispatch('relation.remove', { ids: [rel.id] });
      useEditor.getState().dispatch('element.update', { id: 'app_spp', patch: { name: 'Sistem AB' } });
    });
    expect(await screen.findByText('Aplikasi "Sistem AB" tidak menggunakan platform MyDigital ID sebagai log masuk tunggal.')).toBeTruthy();
    act(() => useEditor.getState().undo());
    expect(await screen.findByText('Aplikasi "Sistem A" tidak menggunakan platform MyDigital ID sebagai log masuk tunggal.')).toBeTruthy();
    act(() => useEditor.getState().undo());
    expect(await screen.findByText('0 ralat')).toBeTruthy();
    act(() => useEditor.getState().redo());
    expect(await screen.findByText('2 ralat')).toBeTruthy();
  });

  it('checks the document an undo gives back as it was before the check of the edit ran (an edit of 100 patches or more gives back the very document)', async () => {
    // 120 platforms connected to nothing: a warning each; removing them all is one entry of 240 patches
    const ids = Array.from({ length: 120 }, (_, i) => `pf_x${i}`);
    open(
      edit(exampleWithWarnings(), (d) => {
        for (const [i, id] of ids.entries()) {
          d.elements[id] = { id, kind: 'platform', name: `Platform ${i}`, platformType: 'ePaymentGateway' };
          d.views.view_main.nodes[id] = { x: 40 * i, y: 900 };
        }
      }),
    );
    expect(await screen.findByText('123 amaran')).toBeTruthy();
    const busy = () => document.querySelector('.problems-panel')!.getAttribute('aria-busy');
    // every check scheduled so far has had its turn, and none is waiting
    const settled = async () => {
      await new Promise((resolve) => setTimeout(resolve, 3 * CHECK_INTERVAL_MS));
      await waitFor(() => expect(busy()).toBe('false'));
    };
    await settled();
    // the removal and its undo before the removal's check runs: the document shown is the one checked last
    act(() => void useEditor.getState().dispatch('element.remove', { ids }));
    act(() => useEditor.getState().undo());
    await settled();
    expect(screen.getByText('123 amaran')).toBeTruthy();
    // and a redo, then an undo, the same way
    act(() => useEditor.getState().redo());
    act(() => useEditor.getState().undo());
    await settled();
    expect(screen.getByText('123 amaran')).toBeTruthy();
  });

  it('switches a rule off for the project, keeps its rows in place, lists it at the top, and switches it back on', async () => {
    open();
    await screen.findByText('3 amaran');
    const warnings = () => screen.getByText('Amaran').closest('details')!;
    const before = within(warnings()).getAllByRole('listitem').length;
    fireEvent.click(screen.getAllByRole('button', { name: 'Matikan peraturan: Data merentas agensi melalui MyGDX' })[0]);
    expect(doc().meta.disabledRules).toEqual(['dpi.myGdxCrossAgency']);
    expect(await screen.findByText('1 amaran')).toBeTruthy();
    // the two findings stay where they were, switched off, each with a button to switch the rule back on
    expect(within(warnings()).getAllByRole('listitem')).toHaveLength(before);
    expect(within(warnings()).getAllByText('Peraturan “Data merentas agensi melalui MyGDX” dimatikan bagi projek ini.')).toHaveLength(2);
    // undo switches it back on (it is an edit like any other)
    act(() => useEditor.getState().undo());
    expect(await screen.findByText('3 amaran')).toBeTruthy();
    act(() => useEditor.getState().redo());
    expect(await screen.findByText('1 amaran')).toBeTruthy();
    // the toggle at the top lists the rules switched off
    fireEvent.click(screen.getByRole('button', { name: '1 peraturan dimatikan' }));
    const list = screen.getByRole('button', { name: '1 peraturan dimatikan' }).getAttribute('aria-controls')!;
    fireEvent.click(within(document.getElementById(list)!).getByRole('button', { name: 'Hidupkan: Data merentas agensi melalui MyGDX' }));
    expect(doc().meta.disabledRules).toEqual([]);
    expect(await screen.findByText('3 amaran')).toBeTruthy();
  });

  it('shows messages in English when the UI language is English, and filters them', async () => {
    await changeLanguage('en');
    open();
    expect(await screen.findByText('3 warnings')).toBeTruthy();
    expect(screen.getByText('Platform "ePayment Gateway" is not connected to any other element.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Filter problems'), { target: { value: 'sistem d' } });
    await waitFor(() => expect(screen.queryByText('Platform "ePayment Gateway" is not connected to any other element.')).toBeNull());
    expect(screen.getByText('The data flow with "Sistem D" (Agensi D) crosses agencies but uses SFTP, not MyGDX.')).toBeTruthy();
  });

  it('shows the portfolio check’s advice for this project with its source, and not for another project (001 §4.2.2 a)', async () => {
    const problem = { ruleId: PORTFOLIO_RULE.id, severity: 'advice' as const, message: { ms: 'Aplikasi "Sistem Pengambilan Pekerja" mungkin bertindih dengan "Worker Recruitment System" (JTK, jtk.lakar.json)', en: 'x' }, elementIds: ['app_spp'], relationIds: [] };
    setExtraFindings('portfolio', { handle: 'other', problems: [problem], rules: [PORTFOLIO_RULE] });
    open(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    const before = Number((await screen.findByText(/^\d+ nasihat$/)).textContent!.split(' ')[0]);
    expect(screen.queryByText(problem.message.ms)).toBeNull();
    act(() => setExtraFindings('portfolio', { handle: 'h1', problems: [problem], rules: [PORTFOLIO_RULE] }));
    expect(await screen.findByText(`${before + 1} nasihat`)).toBeTruthy();
    const row = screen.getByText(problem.message.ms).closest('li')!;
    expect(within(row as HTMLElement).getByText(`Sumber: ${formatSource('001 §4.2.2 a', 'ms')}`)).toBeTruthy();
    fireEvent.click(within(row as HTMLElement).getByText(problem.message.ms));
    expect(useEditor.getState().selection.elements).toEqual(['app_spp']);
    act(() => setExtraFindings('portfolio', null));
    expect(await screen.findByText(`${before} nasihat`)).toBeTruthy();
  });
});
