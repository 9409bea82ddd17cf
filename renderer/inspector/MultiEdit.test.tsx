// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { Inspector } from './Inspector';
import { commonFields, MultiEditFields } from './MultiEdit';
import { ELEMENT_FIELDS } from './fields';

const doc = () => useEditor.getState().history!.doc;

describe('commonFields', () => {
  it('keeps the closed-list and yes/no fields every kind shares, never the name', () => {
    expect(commonFields([ELEMENT_FIELDS.externalSystem, ELEMENT_FIELDS.externalSystem]).map((f) => f.key)).toEqual(['agency', 'internal']);
    expect(commonFields([ELEMENT_FIELDS.externalSystem, ELEMENT_FIELDS.network])).toEqual([]);
  });
});

describe('MultiEditFields', () => {
  beforeAll(() => initI18n('ms'));
  afterEach(cleanup);

  it('sets the method of several data flows at once, as one undo step', () => {
    useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), dirty: false });
    useEditor.getState().setSelection({ elements: [], relations: ['fl_a', 'fl_b'] });
    render(<Inspector />);
    expect(screen.getByText('Tetapkan untuk semua 2 yang dipilih')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Kaedah integrasi'), { target: { value: 'api' } });
    expect([doc().relations.get('fl_a'), doc().relations.get('fl_b')].map((r) => (r as { method?: string }).method)).toEqual(['api', 'api']);
    useEditor.getState().undo();
    expect([doc().relations.get('fl_a'), doc().relations.get('fl_b')].map((r) => (r as { method?: string }).method)).toEqual(['myGdx', 'myGdx']);
  });

  it('says when the selected items differ in a field', () => {
    const d = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: d, dirty: false });
    render(<MultiEditFields doc={d} elements={['sys_a', 'sys_xy']} relations={[]} />);
    expect(screen.getAllByText('Nilai berbeza antara yang dipilih; pilihan baharu digunakan untuk semua.').length).toBeGreaterThan(0);
  });
});
