// @vitest-environment happy-dom
/**
 * The arrow keys in nodes travel between the boxes where the canvas draws them, as the outline's
 * picture does (interact/navigate.ts, boxInDirection): a module is drawn inside its application
 * wherever it is stored (an imported or generated view stores it far away), so the keys reach it
 * there, and never go on to an empty spot where it is only stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook } from '@testing-library/react';
import { bandLayout } from '../../../shared/model/bands';
import { BANDS } from '../../../shared/model/vocabulary';
import { buildScene } from '../../../shared/routing/scene';
import { makeDocument, makeElement } from '../../../test/helpers/factories';
import { useEditor } from '../../state/editor';
import { useCanvas } from '../canvasStore';
import { travel, useTravelOverDrawn } from './keyboardTravel';

const APPS = BANDS.indexOf('applications');

/** Two applications side by side, a third to their right, and a module of the first stored far to the right of all. */
function landscape() {
  const left = makeElement('application', { id: 'app_left', name: 'Sistem Kiri' });
  const right = makeElement('application', { id: 'app_right', name: 'Sistem Kanan' });
  const module = makeElement('module', { id: 'mod_far', name: 'Modul Jauh', parentId: left.id });
  const doc = makeDocument([left, right, module]);
  const view = doc.views.view_main;
  const band = bandLayout(view)[APPS];
  view.nodes.app_left = { x: 200, y: band.top + 40 };
  view.nodes.app_right = { x: 1200, y: band.top + 40 };
  // stored far right (an imported view): the canvas draws it inside its application
  view.nodes.mod_far = { x: 60000, y: band.top + 40 };
  return doc;
}

/** The focused node, as the canvas's key handler passes it. */
function nodeElement(id: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'react-flow__node';
  el.dataset.id = id;
  document.body.append(el);
  return el;
}

describe('the arrow keys in nodes', () => {
  beforeEach(() => {
    const doc = landscape();
    useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc, dirty: false });
    useEditor.getState().setActiveView('view_main');
    const scene = buildScene(doc, doc.views.view_main);
    renderHook(() => useTravelOverDrawn(scene));
  });
  afterEach(() => {
    cleanup();
    document.body.replaceChildren();
  });

  it('go over the boxes as drawn: nothing lies right of the rightmost drawn box, though a module is stored further right', () => {
    const drawn = useCanvas.getState().drawnBoxes?.();
    const module = drawn?.byId.get('mod_far');
    const right = drawn?.byId.get('app_right');
    expect(module && right && module.x + module.w).toBeLessThan(right!.x);
    useEditor.getState().setSelection({ elements: ['app_right'], relations: [] });
    // the key is used (focus is on a node), and the selection stays
    expect(travel('right', nodeElement('app_right'))).toBe(true);
    expect(useEditor.getState().selection.elements).toEqual(['app_right']);
  });

  it('reach a module inside its application, where it is drawn, and come back up out of it', () => {
    useEditor.getState().setSelection({ elements: ['app_left'], relations: [] });
    // drawn in the lower part of its application's box: down from the application
    expect(travel('down', nodeElement('app_left'))).toBe(true);
    expect(useEditor.getState().selection.elements).toEqual(['mod_far']);
    expect(travel('up', nodeElement('mod_far'))).toBe(true);
    expect(useEditor.getState().selection.elements).toEqual(['app_left']);
  });

  it('go by the stored places when no canvas is mounted (the keys still answer)', () => {
    cleanup();
    expect(useCanvas.getState().drawnBoxes).toBeNull();
    useEditor.getState().setSelection({ elements: ['app_right'], relations: [] });
    expect(travel('right', nodeElement('app_right'))).toBe(true);
    expect(useEditor.getState().selection.elements).toEqual(['mod_far']);
  });
});
