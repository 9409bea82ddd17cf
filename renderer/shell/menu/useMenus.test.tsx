// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../i18n';
import { useEditor } from '../../state/editor';
import { pengambilanPekerjaExample } from '../../../shared/samples/pengambilan-pekerja';
import { useMenus, type MenuDef } from './useMenus';

const entry = (menus: MenuDef[], id: string) => menus.flatMap((m) => m.items).find((i) => i.id === id)!;

describe('useMenus', () => {
  beforeAll(() => initI18n('ms'));
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('ms');
  });

  it('names the step Edit › Undo and Redo would take, in the chosen language', async () => {
    useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), dirty: false });
    const { result } = renderHook(() => useMenus());
    expect(entry(result.current, 'edit.undo')).toMatchObject({ label: 'Buat Asal', disabled: true });

    act(() => useEditor.getState().dispatch('element.update', { id: 'sys_a', patch: { name: 'Sistem A1' } }));
    expect(entry(result.current, 'edit.undo')).toMatchObject({ label: 'Buat Asal Ubah Elemen', disabled: false });
    expect(entry(result.current, 'edit.redo')).toMatchObject({ label: 'Buat Semula', disabled: true });

    act(() => useEditor.getState().undo());
    expect(entry(result.current, 'edit.redo').label).toBe('Buat Semula Ubah Elemen');
    await act(() => i18next.changeLanguage('en'));
    expect(entry(result.current, 'edit.redo').label).toBe('Redo Edit Element');
  });
});
