/** Messages between the canvas and its routing worker. */
import type { Lang } from '../../../shared/i18n';
import type { LakarDocument, View } from '../../../shared/model';
import type { Point } from '../../../shared/routing';

export interface RouteRequest {
  id: number;
  doc: Pick<LakarDocument, 'elements' | 'relations'>;
  view: View;
  lang: Lang;
}

export interface RoutedLineMessage {
  id: string;
  legs: Point[][];
  bundle?: string;
  label?: { x: number; y: number; text: string };
}

export type RouteReply = { id: number; lines: RoutedLineMessage[]; ms: number } | { id: number; error: string };
