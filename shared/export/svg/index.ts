/** SVG of an LMV view (View › Export SVG; the PNG export renders it). */
export { viewToSvg, wrapText, SVG_FONT, type ViewSvgOptions } from './view-svg';
export { FLOW_STYLES, RELATION_STYLE, flowStyle, type LineStyle } from './flow-style';
