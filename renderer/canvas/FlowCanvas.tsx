/**
 * The LMV canvas: React Flow over the active view. Nodes and edges are derived from the document
 * (flowModel.ts caches them), a drag lives in local state until it ends and is then recorded as one
 * `element.move`, selection goes to the editor store, and everything that changes the model is a
 * command. Built for large views: only visible elements render, node sizes and handles are known
 * up front, and callbacks are stable.
 */
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { ConnectionMode, getViewportForBounds, Panel, ReactFlow, useReactFlow, useStore, useStoreApi, type Connection, type EdgeChange, type NodeChange, type OnMoveEnd, type Viewport } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { BAND_HEADER_WIDTH, bandOf, clampToBand, NODE_HEIGHT, NODE_WIDTH, type View } from '../../shared/model';
import { clampNodeX } from '../../shared/layout/slots';
import type { Lang } from '../../shared/i18n';
import { useEditor } from '../state/editor';
import { useShell } from '../shell/shellStore';
import { useCanvas } from './canvasStore';
import { FlowModelBuilder, type LmvEdge, type LmvNode } from './flowModel';
import { LmvNode as LmvNodeView } from './parts/LmvNode';
import { RelationEdge } from './parts/RelationEdge';
import { EdgeMarkers } from './parts/EdgeMarkers';
import { BandLayer, contentBounds } from './parts/BandLayer';
import { BandLabels, bandLabelsRoom } from './parts/BandLabels';
import { DetailLevel, LARGE_VIEW } from './parts/DetailLevel';
import { BandMiniMap } from './parts/BandMiniMap';
import { VisibleAreaTracker } from './parts/visibleArea';
import { OutlineLayer, useOutlineMode } from './parts/OutlineLayer';
import { meets, sceneBoxCounts } from './parts/outlineMode';
import { useWindowed, useWindowRect } from './parts/useFlowWindow';
import { PassingLines } from './parts/PassingLines';
import { dragDelta, dragMoves, dragShifts, type PlaceBox } from './parts/dragMoves';
import { usePassingPick } from './parts/usePassingPick';
import type { Rect } from './parts/flowWindow';
import { boxAt, CLICK_REACH, outlineBoxes, type OutlineBox } from './parts/outlinePicture';
import { CompareOverlay } from '../compare/CompareOverlay';
import { connectElements, addElement } from './actions';
import { handleCanvasKey } from './keyboard';
import { dropSpot } from './placement';
import { fitPadding } from './fit';
import { chipRoom } from './parts/stickyLabel';
import { minimapLayout } from './parts/minimapGeometry';
import { useCanvasRouting } from './routing/useCanvasRouting';
import { useRoutes } from './routing/routeStore';
import { PALETTE_MIME, elementFromTemplate, findTemplate } from '../palette/templates';
import { useCanvasInteractions } from './interact/useCanvasInteractions';
import { drawnPlace, useTravelOverDrawn } from './interact/keyboardTravel';
import { ConnectHighlight, nodeIdAt } from './interact/connect';
import { RenameOverlay } from './interact/RenameOverlay';
import { ProblemMarkers } from './interact/ProblemMarkers';
import { revealViewport } from './interact/reveal';
import { canvasOverlays } from './overlays';
import { useDrawnView } from './drawnView';
import { Table, type LakarDocument } from '../../shared/model';

const NODE_TYPES = { lmv: LmvNodeView };
const EDGE_TYPES = { relation: RelationEdge };
const PRO_OPTIONS = { hideAttribution: true };
const MULTI_SELECT_KEYS = ['Control', 'Meta', 'Shift'];
// props React Flow copies into its store are constants: a new array on each render would update
// its store, and run every node's and edge's selector, on every edit
const SNAP_GRID: [number, number] = [10, 10];
const EMPTY_ELEMENTS: LakarDocument['elements'] = Table.empty();
const EMPTY_VIEW: View = { id: '', name: '', order: 0, nodes: {} };
const NO_NODES: LmvNode[] = [];
const NO_EDGES: LmvEdge[] = [];
const NO_BOXES: OutlineBox[] = [];

type XY = { x: number; y: number };

const dropSelection = () => useEditor.getState().setSelection({ elements: [], relations: [] });

/**
 * Whether the canvas is big enough for the minimap (its box in the bottom-right corner, 180×120 for
 * a view of the usual shape) to leave most of it, the band labels on the left and the nodes it would
 * cover in sight.
 */
const hasRoomForMinimap = (pane: { width: number; height: number }, box: { width: number; height: number }) => pane.width >= box.width + 300 && pane.height >= box.height + 160;
const paneSize = (s: { width: number; height: number }) => `${s.width}x${s.height}`;
const sameViewport = (a: Viewport, b: Viewport) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4;

/** The canvas of the active view (inside a ReactFlowProvider). */
export function FlowCanvas() {
  const { t, i18n } = useTranslation('canvas');
  const lang: Lang = i18n.language?.startsWith('en') ? 'en' : 'ms';
  const doc = useEditor((s) => s.history?.doc ?? null);
  const viewId = useEditor((s) => s.activeViewId);
  const selection = useEditor((s) => s.selection);
  // a proposal open for review: nodes stay put and nothing can be connected
  const readOnly = useEditor((s) => s.readOnly !== null);
  const rf = useReactFlow<LmvNode, LmvEdge>();
  const flowStore = useStoreApi<LmvNode, LmvEdge>();
  const [builder] = useState(() => new FlowModelBuilder());
  const [drag, setDrag] = useState<Map<string, XY> | null>(null);
  // the delta the drag's release moves the selected boxes outside the window by (dragMoves.ts's dragDelta)
  const [dragBy, setDragBy] = useState<XY | null>(null);
  // reopening the canvas shows the view where the user left it, from the very first frame
  const [initialViewport] = useState(() => (viewId ? useCanvas.getState().viewports[viewId] : undefined));
  // the drag in progress, readable from the stable callbacks (set only in event handlers)
  const dragRef = useRef<Map<string, XY> | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  const elements = doc?.elements;
  const relations = doc?.relations;
  const view = (viewId && doc?.views[viewId]) || EMPTY_VIEW;
  const selectedElements = useMemo(() => new Set(selection.elements), [selection.elements]);
  const selectedRelations = useMemo(() => new Set(selection.relations), [selection.relations]);

  // a view with too many boxes on screen is drawn as one picture (parts/OutlineLayer.tsx): React Flow
  // then holds no node and no edge, so a selection or an edit costs it nothing
  const scene = useMemo(() => (elements && relations ? builder.scene({ elements, relations }, view) : null), [builder, elements, relations, view]);
  // the grid of boxes on screen: none for a view that never draws in outline, updated by each edit's changes otherwise
  const counts = useMemo(() => sceneBoxCounts(scene, scene && builder.changesTo(scene)), [builder, scene]);
  // whether the view's viewport (a fit, or where the user left it) is set: until then the outline goes by the view's size
  const [placedView, setPlacedView] = useState(() => (initialViewport ? viewId : null));
  const outline = useOutlineMode(counts, placedView === view.id);
  const pictureBoxes = useMemo(() => (outline && scene ? outlineBoxes(scene.nodes) : NO_BOXES), [outline, scene]);
  useTravelOverDrawn(scene);

  // no nodes are made while the outline is shown: a selection there costs a repaint of the picture
  const baseNodes = useMemo(
    () => (!outline && elements && relations ? builder.nodes({ elements, relations }, view, selectedElements, lang) : NO_NODES),
    [builder, elements, relations, view, selectedElements, lang, outline],
  );
  const boxCount = scene?.nodes.length ?? 0;
  // edges follow the model a render later than nodes: an edit commits (and paints) its nodes first,
  // and React Flow's re-indexing of thousands of edges happens in a following, interruptible render
  const edgeElements = useDeferredValue(elements);
  const edgeRelations = useDeferredValue(relations);
  const edgeView = useDeferredValue(view);
  const edgeSelection = useDeferredValue(selectedRelations);
  const edges = useMemo(
    () => (outline ? NO_EDGES : edgeElements && edgeRelations ? builder.edges({ elements: edgeElements, relations: edgeRelations }, edgeView, edgeSelection, lang) : []),
    [builder, edgeElements, edgeRelations, edgeView, edgeSelection, lang, outline],
  );
  // a large view in nodes gives React Flow only the boxes and lines near the screen (parts/flowWindow.ts);
  // the window follows the viewport, a box being dragged stays in it
  const windowRect = useWindowRect(!outline && boxCount > LARGE_VIEW);
  const windowed = useWindowed(scene, baseNodes, edges, windowRect, drag);
  // the bands as drawn: grown where a box (an application holding its modules, a site listing its controls) needs more height
  const drawnView = useDrawnView(builder, elements, relations, view);
  // routed lines come from the routing worker; a drag marks its boxes' lines as rubber bands
  useCanvasRouting(edgeElements, edgeRelations, edgeView, lang, () => new Set(dragRef.current?.keys() ?? []));
  const wantsMinimap = useCanvas((s) => s.showMinimap);
  const showRelationLabels = useCanvas((s) => s.showRelationLabels);
  // the minimap's box takes the view's shape within limits (parts/minimapGeometry.ts)
  const minimap = useMemo(() => minimapLayout(contentBounds(edgeView)), [edgeView]);
  const { width: boxWidth, height: boxHeight } = minimap.box;
  const roomForMinimap = useStore(useCallback((s: { width: number; height: number }) => hasRoomForMinimap(s, { width: boxWidth, height: boxHeight }), [boxWidth, boxHeight]));
  // an empty view has nothing to map: no blank box over the canvas
  const showMinimap = wantsMinimap && roomForMinimap && boxCount > 0;

  // latest values for the stable callbacks below
  const minimapBox = showMinimap ? minimap.box : null;
  const latest = useRef({ doc, view, drawn: drawnView, selection, minimapBox, outline, pictureBoxes, windowed: false, window: null as Rect | null });
  useLayoutEffect(() => {
    latest.current = { doc, view, drawn: drawnView, selection, minimapBox, outline, pictureBoxes, windowed: windowRect !== null, window: windowRect };
  });

  // the viewport of the last fit; while the view still shows it, the fit follows the canvas's size
  // (the panels around the canvas settle after its first frame)
  const fitted = useRef<Viewport | null>(null);

  /** Fit the whole view (all seven bands) in the canvas, clear of the minimap. */
  const fitAll = useCallback(
    (duration?: number) => {
      const bounds = contentBounds(latest.current.drawn);
      const { width, height, minZoom, maxZoom } = flowStore.getState();
      if (width <= 0 || height <= 0) return;
      // fitBounds takes an even padding only; the viewport for a padding per side is worked out here
      const viewport = getViewportForBounds(bounds, width, height, minZoom, maxZoom, fitPadding({ width, height }, bounds, latest.current.minimapBox, (zoom) => chipRoom(zoom, BAND_HEADER_WIDTH)));
      fitted.current = viewport;
      void rf.setViewport(viewport, { duration });
    },
    [rf, flowStore],
  );
  // any other move (a pan, a zoom, a reveal) ends following the size
  const onMoveEnd = useCallback<OnMoveEnd>((_, viewport) => {
    if (fitted.current && !sameViewport(fitted.current, viewport)) fitted.current = null;
  }, []);

  const nodes = useMemo(() => (drag ? windowed.nodes.map((n) => (drag.has(n.id) ? { ...n, position: drag.get(n.id)!, dragging: true } : n)) : windowed.nodes), [windowed.nodes, drag]);
  // lines from dragged boxes (and selected ones outside the window) to boxes outside it follow the drag, as React Flow's edges do
  const placeCarried = useCallback<PlaceBox>((box, x, y) => ({ x: clampNodeX(x), y: clampToBand(drawnView, box.band, y, view.nodes[box.id]?.h ?? NODE_HEIGHT) }), [drawnView, view]);
  const shifts = useMemo(() => (drag && windowRect && scene ? dragShifts(scene, drag, selection.elements, dragBy, placeCarried) : null), [drag, dragBy, windowRect, scene, selection.elements, placeCarried]);
  // a click or hover on a line to a box outside the window: found from its geometry (parts/usePassingPick.ts)
  const passing = usePassingPick(rf, windowRect && scene ? { lines: windowed.passing, boxes: scene.byId, window: windowRect, kindLabels: showRelationLabels } : null, wrapper);
  const passingLineAt = passing.passingLineAt;

  /**
   * A click that selects a node or line alone (no Ctrl, Cmd or Shift) when React Flow holds only the
   * window: it unselects only what it holds, so what stays selected of the rest is dropped here, as
   * React Flow drops it on a view it holds whole. Null for any other change.
   */
  const picksAlone = useCallback(
    (changes: (NodeChange<LmvNode> | EdgeChange<LmvEdge>)[]) => {
      if (!latest.current.windowed || !changes.some((c) => c.type === 'select' && c.selected)) return null;
      const { multiSelectionActive, nodeLookup, edgeLookup } = flowStore.getState();
      if (multiSelectionActive) return null;
      const sel = useEditor.getState().selection;
      return { elements: sel.elements.filter((id) => nodeLookup.has(id)), relations: sel.relations.filter((id) => edgeLookup.has(id)) };
    },
    [flowStore],
  );

  const onNodesChange = useCallback((changes: NodeChange<LmvNode>[]) => {
    const { doc: d, view: v, drawn } = latest.current;
    if (!d) return;
    // the store's selection, not the last render's: a pane click has just cleared it (onPaneClick)
    const sel = useEditor.getState().selection;
    let moved: Map<string, XY> | null = null;
    const items: { id: string; position: XY }[] = [];
    let selected: Set<string> | null = null;
    const alone = picksAlone(changes);
    for (const c of changes) {
      if (c.type === 'position' && c.position && c.dragging) {
        const el = d.elements.get(c.id);
        if (!el) continue;
        moved ??= new Map(dragRef.current ?? []);
        items.push({ id: c.id, position: c.position });
        // a node stays in the band of its kind, right of the band labels, while it is dragged; a
        // module stays inside its application (React Flow keeps a child in its parent's box)
        const nested = builder.scene(d, v).byId.get(c.id)?.parent !== undefined;
        moved.set(c.id, nested ? c.position : { x: clampNodeX(c.position.x), y: clampToBand(drawn, bandOf(el.kind), c.position.y, v.nodes[c.id]?.h ?? NODE_HEIGHT) });
      } else if (c.type === 'select') {
        selected ??= new Set(alone ? alone.elements : sel.elements);
        if (c.selected) selected.add(c.id);
        else selected.delete(c.id);
      }
    }
    if (moved) {
      dragRef.current = moved;
      setDrag(moved);
      // lines of moving boxes (and of the boxes inside them) become rubber bands until re-routed
      const scene = builder.scene(d, v);
      // React Flow's positions, before the clamping above: the release moves the boxes it does not hold by them
      setDragBy(dragDelta(scene, items));
      const ids: string[] = [];
      const add = (id: string) => {
        ids.push(id);
        for (const child of scene.byId.get(id)?.children ?? []) add(child);
      };
      for (const id of moved.keys()) add(id);
      useRoutes.getState().markStale(ids);
    }
    if (selected) useEditor.getState().setSelection(alone ? { elements: [...selected], relations: alone.relations } : { elements: [...selected] });
  }, [builder, picksAlone]);

  const onEdgesChange = useCallback((changes: EdgeChange<LmvEdge>[]) => {
    let selected: Set<string> | null = null;
    const alone = picksAlone(changes);
    for (const c of changes) {
      if (c.type !== 'select') continue;
      selected ??= new Set(alone ? alone.relations : useEditor.getState().selection.relations);
      if (c.selected) selected.add(c.id);
      else selected.delete(c.id);
    }
    if (selected) useEditor.getState().setSelection(alone ? { relations: [...selected], elements: alone.elements } : { relations: [...selected] });
  }, [picksAlone]);

  const onNodeDragStop = useCallback((_: unknown, __: unknown, items: LmvNode[]) => {
    const moved = dragRef.current;
    const { view: v, doc: d } = latest.current;
    dragRef.current = null;
    if (moved && v.id && d) {
      // the selected boxes React Flow does not hold (outside a large view's window) go by the same delta
      const scene = builder.scene(d, v);
      const moves = dragMoves(scene, v, moved, dragDelta(scene, items), useEditor.getState().selection.elements);
      // the whole drag is one undo step, recorded when the mouse is released
      if (moves.length) useEditor.getState().dispatch('element.move', { viewId: v.id, moves });
    }
    setDrag(null);
    setDragBy(null);
  }, [builder]);

  const onConnect = useCallback((c: Connection) => connectElements(c.source, c.target), []);
  const isValidConnection = useCallback((c: Connection | LmvEdge) => c.source !== c.target, []);


  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const key = e.dataTransfer.getData(PALETTE_MIME);
      const template = key ? findTemplate(key) : undefined;
      const d = latest.current.doc;
      if (!template || !d) return;
      e.preventDefault();
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // a module dropped onto its application (or a service onto its module) joins it
      const onto = nodeIdAt(e.clientX, e.clientY);
      const element = elementFromTemplate(template, d, lang, onto ? [onto] : useEditor.getState().selection.elements);
      // centred on the pointer, or at the next free spot of its row when a node is already there;
      // the canvas stays put (it lands where the user sees it), so the next drop lands where aimed too
      addElement(element, dropSpot(latest.current.drawn, bandOf(element.kind), { x: p.x - NODE_WIDTH / 2, y: p.y - NODE_HEIGHT / 2 }), { reveal: false });
    },
    [rf, lang],
  );

  // a box selection (Shift+drag) starts afresh, as React Flow starts it on a view it holds whole
  const onSelectionStart = useCallback(() => {
    if (latest.current.windowed) dropSelection();
  }, []);

  const onKeyDownCapture = useCallback((e: KeyboardEvent) => handleCanvasKey(e), []);
  const interactions = useCanvasInteractions(rf, wrapper);
  const paneClick = interactions.onPaneClick;
  // in outline a click on a box selects it (with Ctrl, Cmd or Shift: adds it or takes it out), as a click on its node does
  const onPaneClick = useCallback(
    (e: ReactMouseEvent) => {
      paneClick?.(e);
      const adding = e.ctrlKey || e.metaKey || e.shiftKey;
      if (!latest.current.outline) {
        const line = latest.current.windowed ? passingLineAt(e) : undefined;
        if (line) {
          // a line to a box outside the window: selected as a click on its edge selects it (alone, or
          // with Ctrl, Cmd or Shift added or taken out); set after React Flow, right after this
          // handler, unselects what it holds
          const sel = useEditor.getState().selection;
          const relations = !adding ? [line] : sel.relations.includes(line) ? sel.relations.filter((x) => x !== line) : [...sel.relations, line];
          const next = { elements: adding ? sel.elements : [], relations };
          queueMicrotask(() => useEditor.getState().setSelection(next));
          return;
        }
        // React Flow then unselects what it holds; the boxes and lines selected outside a large
        // view's window are let go too, as on a view it holds whole
        if (latest.current.windowed) dropSelection();
        return;
      }
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const id = boxAt(latest.current.pictureBoxes, p.x, p.y, CLICK_REACH / rf.getZoom());
      const now = latest.current.selection.elements;
      const elements = !adding ? (id ? [id] : []) : !id ? now : now.includes(id) ? now.filter((x) => x !== id) : [...now, id];
      useEditor.getState().setSelection({ elements, relations: adding ? latest.current.selection.relations : [] });
    },
    [paneClick, rf, passingLineAt],
  );
  // a right-click on a line to a box outside the window opens the line's menu
  const { onPaneContextMenu: paneMenu, onEdgeContextMenu: edgeMenu } = interactions;
  const onPaneContextMenu = useCallback(
    (e: ReactMouseEvent | MouseEvent) => {
      const line = latest.current.windowed && !latest.current.outline ? passingLineAt(e) : undefined;
      if (line && edgeMenu) edgeMenu(e as ReactMouseEvent, { id: line } as LmvEdge);
      else paneMenu?.(e);
    },
    [paneMenu, edgeMenu, passingLineAt],
  );

  // fit or restore the viewport when the view changes, once React Flow's viewport is ready: before
  // that a fit does nothing, and the (0, 0, 1) viewport would be remembered as where the user left it
  const viewportReady = rf.viewportInitialized;
  useEffect(() => {
    if (!view.id || !viewportReady) return;
    const saved = useCanvas.getState().viewports[view.id];
    fitted.current = null;
    const frame = requestAnimationFrame(() => {
      if (saved) void rf.setViewport(saved);
      else fitAll();
      setPlacedView(view.id);
    });
    const viewId = view.id;
    return () => {
      cancelAnimationFrame(frame);
      // remember where the user was on this view (UI state, never in the file or the history);
      // kept here rather than on every move so panning does no extra work
      useCanvas.getState().saveViewport(viewId, rf.getViewport());
    };
  }, [view.id, rf, fitAll, viewportReady]);

  const size = useStore(paneSize);
  useEffect(() => {
    if (viewportReady && fitted.current && !sameViewport(fitted.current, rf.getViewport())) fitted.current = null;
    if (viewportReady && fitted.current) fitAll();
  }, [size, viewportReady, rf, fitAll]);

  useEffect(() => {
    useCanvas.getState().setFitView(() => fitAll(200));
    useCanvas.getState().setInstance(rf as never);
    return () => {
      useCanvas.getState().setFitView(null);
      useCanvas.getState().setInstance(null);
    };
  }, [rf, fitAll]);

  // centre on an element another panel asked to reveal
  const reveal = useCanvas((s) => s.reveal);
  useEffect(() => {
    if (!reveal) return;
    // where the box is drawn, not stored: a module stored far from its application is drawn inside it
    const n = drawnPlace(reveal.id, latest.current.view.nodes[reveal.id]);
    if (!n) return;
    if (useShell.getState().centrePanel !== 'canvas') useShell.getState().showCentre('canvas');
    // a large view's box outside the window is jumped to: a glide across it would make a new window
    // (and its passing lines) on every frame, of places flown over too fast to see
    const w = latest.current.window;
    const jump = w !== null && !meets(w, n.x, n.y, n.x + n.w, n.y + n.h);
    if (reveal.gentle) {
      // a new element or keyboard travel: pan only if it is out of sight, and keep the zoom
      const { width, height } = flowStore.getState();
      // clear of the band labels held at the canvas's left edge
      const next = revealViewport(rf.getViewport(), { width, height }, n, bandLabelsRoom(wrapper.current?.querySelector('.react-flow')));
      if (next) void rf.setViewport(next, { duration: jump ? 0 : 200 });
      return;
    }
    // in outline the box is centred at the same zoom, ringed in the picture: zooming in to it would
    // bring back every node around it at each pick from the tree
    const zoom = latest.current.outline ? rf.getZoom() : Math.max(rf.getZoom(), 0.8);
    void rf.setCenter(n.x + n.w / 2, n.y + n.h / 2, { zoom, duration: jump ? 0 : 250 });
  }, [reveal, rf, flowStore]);

  const ariaLabels = useMemo(
    () => ({
      'node.a11yDescription.default': t('a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('a11y.node'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) => t('a11y.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('a11y.edge'),
      'minimap.ariaLabel': t('canvas.minimap'),
      'handle.ariaLabel': t('a11y.handle'),
    }),
    [t],
  );

  if (!doc) return null;
  return (
    <div ref={wrapper} id="lmv-canvas" tabIndex={-1} className={showRelationLabels ? 'lmv-flow' : 'lmv-flow hide-kind-labels'} role="application" aria-label={t('canvas.label', { view: view.name })} aria-roledescription={t('canvas.roledescription')} data-nodes={nodes.length} data-edges={windowed.edges.length} onKeyDownCapture={onKeyDownCapture} onPointerMove={passing.onPointerMove} onDragOver={onDragOver} onDrop={onDrop}>
      <EdgeMarkers />
      <ReactFlow<LmvNode, LmvEdge>
        nodes={nodes}
        edges={windowed.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onMoveEnd={onMoveEnd}
        isValidConnection={isValidConnection}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        connectionMode={ConnectionMode.Loose}
        onlyRenderVisibleElements
        defaultViewport={initialViewport}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        // in outline Shift+click adds a box to the selection (onPaneClick): no box selection of nodes that are not there
        selectionKeyCode={outline ? null : 'Shift'}
        snapToGrid
        snapGrid={SNAP_GRID}
        minZoom={0.05}
        maxZoom={2.5}
        proOptions={PRO_OPTIONS}
        ariaLabelConfig={ariaLabels}
        {...interactions}
        onPaneClick={onPaneClick}
        onPaneContextMenu={onPaneContextMenu}
        onPaneMouseLeave={passing.onPaneMouseLeave}
        onMoveStart={passing.onMoveStart}
        onSelectionStart={onSelectionStart}
      >
        <VisibleAreaTracker />
        <BandLayer view={drawnView} />
        {windowRect && scene && windowed.passing.length > 0 && <PassingLines lines={windowed.passing} boxes={scene.byId} window={windowRect} shifts={shifts} />}
        {outline && <OutlineLayer boxes={pictureBoxes} selected={selectedElements} hint={t('canvas.outline')} />}
        <BandLabels view={drawnView} lang={lang} />
        <DetailLevel target={wrapper} nodeCount={boxCount} />
        <ProblemMarkers />
        <ConnectHighlight />
        <RenameOverlay />
        <CompareOverlay view={view} />
        {canvasOverlays().map(([id, Overlay]) => (
          <Overlay key={id} view={view} />
        ))}
        {showMinimap && (
          <Panel position="bottom-right">
            <BandMiniMap view={edgeView} elements={edgeElements ?? EMPTY_ELEMENTS} layout={minimap} label={t('canvas.minimap')} />
          </Panel>
        )}
      </ReactFlow>
    </div>
  );
}
