// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { initI18n, changeLanguage } from '../../i18n';
import { useEditor } from '../../state/editor';
import { makeDocument } from '../../../test/helpers/factories';
import { ProjectMetaForm } from './ProjectMetaForm';

function openProject() {
  useEditor.getState().loadProject({ handle: 'h1', ref: null, displayName: '', doc: makeDocument([], [], ''), dirty: false });
}

const meta = () => useEditor.getState().history!.doc.meta;
const past = () => useEditor.getState().history!.past;

describe('ProjectMetaForm', () => {
  beforeAll(async () => {
    await initI18n('ms');
  });
  afterEach(async () => {
    cleanup();
    await changeLanguage('ms');
  });

  it('applies each keystroke to the document but records one undo step per typing burst', () => {
    openProject();
    render(<ProjectMetaForm />);
    const title = screen.getByLabelText('Tajuk projek');
    for (const text of ['S', 'Si', 'Sistem']) fireEvent.change(title, { target: { value: text } });
    expect(meta().title).toBe('Sistem');
    expect(past()).toHaveLength(1);
    fireEvent.blur(title);
    fireEvent.change(title, { target: { value: 'Sistem X' } });
    expect(past()).toHaveLength(2);
    act(() => useEditor.getState().undo());
    expect((screen.getByLabelText('Tajuk projek') as HTMLInputElement).value).toBe('Sistem');
  });

  it('stores the sector and category as vocabulary ids and clears an emptied field', () => {
    openProject();
    render(<ProjectMetaForm />);
    fireEvent.change(screen.getByLabelText('Sektor'), { target: { value: 'keselamatan' } });
    fireEvent.click(screen.getByLabelText('Perkhidmatan Digital Bersepadu Keseluruhan Kerajaan (WoG)'));
    fireEvent.change(screen.getByLabelText('Disediakan oleh'), { target: { value: 'Aminah' } });
    fireEvent.change(screen.getByLabelText('Disediakan oleh'), { target: { value: '' } });
    expect(meta()).toMatchObject({ sector: 'keselamatan', category: 'wog' });
    expect('author' in meta()).toBe(false);
  });

  it('labels the agency fields in English after the language switch', async () => {
    openProject();
    render(<ProjectMetaForm />);
    await act(() => changeLanguage('en'));
    expect(screen.getByLabelText('Project owner (Pemilik Projek)')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Project Information' })).toBeTruthy();
  });
});
