/**
 * LMV drawing geometry shared by every rendering of a view: the scene (boxes in their bands, nested
 * children), the channel router (orthogonal lines that never pass under a box), bundles and labels.
 * Pure TypeScript: runs in the app's workers, in Node (CLI, tests) and in the export worker.
 */
export { buildScene, boxSize, nesting, nestingParent, holds, leafSize, sceneLayout, nestColumns, BAND_INSET, CHILD_WIDTH, CHILD_HEIGHT, NEST_HEAD, NEST_HEAD_INNER, NEST_PAD, MAX_HARDWARE_LINES, textHeight, type Scene, type SceneNode, type SceneBand } from './scene';
export { routeScene, PORT_GAP, PASS_GAP, type LineRequest, type RoutedLine, type Routing, type BusGeometry } from './router';
export { findBundles, type Bundle } from './bundles';
export { buildDiagram, lineRequests, type Diagram, type Bounds } from './diagram';
export { placeLabels, labelSize, LABEL_FONT, type PlacedLabel } from './labels';
export { flowLabelTexts, formatSpeed } from './text';
export { buildSlabs, CLEARANCE } from './slabs';
export { TRACK_GAP, type ChannelUse } from './tracks';
export { RectGrid } from './rect-grid';
export { simplify, type Point, type Rect } from './maze';
