// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { bandLayout } from '../../shared/model';
import { makeDocument } from '../../test/helpers/factories';
import { Palette } from './Palette';
import { ModelTree } from '../tree/ModelTree';

const doc = () => useEditor.getState().history!.doc;

function open() {
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: makeDocument(), dirty: false });
}

describe('Palette', () => {
  beforeAll(() => initI18n('ms'));
  afterEach(cleanup);

  it('adds the pressed item to the model, in its band of the active view, and selects it', () => {
    open();
    render(<Palette />);
    fireEvent.click(screen.getByRole('button', { name: 'Tambah Portal Rai' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah Portal Rai' }));
    const channels = doc().elements.values().filter((e) => e.kind === 'channel');
    expect(channels.map((c) => c.name)).toEqual(['Portal Rai', 'Portal Rai 2']);
    const band = bandLayout(doc().views.view_main)[1];
    const [a, b] = channels.map((c) => doc().views.view_main.nodes[c.id]);
    expect(a.y).toBeGreaterThanOrEqual(band.top);
    expect(a.y).toBeLessThan(band.top + band.height);
    expect(b.x).toBeGreaterThan(a.x);
    expect(useEditor.getState().selection.elements).toEqual([channels[1].id]);
  });

  it('filters items by the search text', () => {
    open();
    render(<Palette />);
    fireEvent.change(screen.getByLabelText('Cari dalam palet'), { target: { value: 'kelulusan' } });
    expect(screen.getAllByRole('button', { name: /^Tambah/ }).map((b) => b.textContent)).toEqual(['Tambah 11 Kelulusan (Approve/Authorize/Endorse)']);
  });
});

describe('ModelTree', () => {
  beforeAll(() => initI18n('ms'));
  afterEach(cleanup);

  it('lists added elements by band and selects one when pressed', () => {
    open();
    render(
      <>
        <Palette />
        <ModelTree />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tambah Hardware Security Module (HSM)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah 1 Pendaftaran (Register)' }));
    const tree = within(screen.getByRole('region', { name: 'Model' }));
    const hsm = tree.getByRole('treeitem', { name: /HSM/ });
    expect(hsm.getAttribute('aria-level')).toBe('2');
    // the element sits under the infrastructure band's heading
    const headings = tree.getAllByRole('treeitem').filter((r) => r.getAttribute('aria-level') === '1');
    const above = headings.filter((h) => h.compareDocumentPosition(hsm) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)!;
    expect(above.textContent).toContain('Infrastruktur');
    useEditor.getState().setSelection({ elements: [] });
    fireEvent.click(tree.getByRole('treeitem', { name: /^Pendaftaran/ }));
    const id = doc().elements.values().find((e) => e.name === 'Pendaftaran')!.id;
    expect(useEditor.getState().selection.elements).toEqual([id]);
  });
});
