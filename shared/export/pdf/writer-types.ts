/**
 * The shapes the paper writer (`writer.ts`) takes and gives: pages, cells and columns, contents
 * entries, the writer's options and how a titled table is set. Apart so that the writer's module
 * holds the flow itself.
 */
import type { Rgb } from './theme';

export type PaperFormat = 'a4' | 'a3';
export type Orientation = 'portrait' | 'landscape';
export type PageKind = 'cover' | 'body' | 'diagram';
export type Tone = 'info' | 'ok' | 'warning' | 'error' | 'advice';

/** One table cell: plain text or text with emphasis. */
export type Cell = string | { text: string; bold?: boolean; color?: Rgb; mono?: boolean };

export interface Column {
  title: string;
  /** Relative width; columns share the content width in proportion. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

export interface TocEntry {
  level: number;
  number: string;
  title: string;
  page: number;
  y: number;
}

export interface WriterOptions {
  /** Small text at the top of every page but the cover. */
  runningHeader: string;
  /** Small text at the bottom left of every page. */
  footerLeft: string;
  /** Page label with `{x}` and `{y}`, e.g. "Halaman {x} daripada {y}". */
  pageLabel: string;
  tocTitle: string;
  properties: { title: string; subject: string; author: string; keywords: string; creator: string };
  /** Fixed creation date (tests, reproducible output). */
  creationDate?: Date;
  language: string;
  /** Size and kind of page 1 (default: an A4 portrait cover). */
  firstPage?: { format: PaperFormat; orientation: Orientation; kind: PageKind };
  /** A mark stamped at the top right of every page, e.g. "DRAF — 3 ralat" while a paper is not ready. */
  draftMark?: string;
  /**
   * Called with each text the writer flows (headings, paragraphs, lists, notes, table cells) before it
   * is wrapped, so a paper can list in Rujukan every document its text names, whoever wrote the text.
   */
  onText?: (text: string) => void;
}

/** A short paragraph set with a table (`TitledTableHeading`). */
export interface TableNote {
  text: string;
  size?: number;
  style?: 'normal' | 'bold' | 'italic';
  color?: Rgb;
}

/** How titledTable sets a table's title, and the note it puts between the title and the table. */
export interface TitledTableHeading {
  level?: 1 | 2 | 3 | 4;
  numbered?: boolean;
  toc?: boolean;
  newPage?: boolean;
  intro?: TableNote;
  /** A note under the table ("Tiada komen"), kept on the page of the table's end: never alone at the top of the next. */
  outro?: TableNote;
  /**
   * Height in mm of what follows a short table and must share its page (PdfWriter.titledTableHeight
   * of a short table that would otherwise be alone on the next page): kept with it when both fit a page.
   */
  keepNext?: number;
}

/** How `heading` sets a heading. */
export interface HeadingOptions {
  /** Numbered from the writer's counters (default), or set as is. */
  numbered?: boolean;
  /**
   * The heading's number at its level, where a template fixes it: a template's section left out
   * (the IDD's SOAP example for a REST service, 003 Lampiran A §2.1.3.1) keeps its number, so the
   * next is still §2.1.3.2 as MyGDX reviewers read it against the template.
   */
  number?: number;
  newPage?: boolean;
  toc?: boolean;
  /** Height in mm of what must follow the heading on its page. */
  keep?: number;
}
