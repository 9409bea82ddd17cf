/**
 * A small flowing-document writer over jsPDF: numbered headings that feed a table of contents and
 * the PDF outline, wrapped paragraphs, key/value tables and data tables that break across pages
 * with repeated headers, and a final pass that stamps running headers and "Halaman x daripada y".
 * jsPDF draws at absolute positions only; everything about flow and pagination lives here.
 */
import { jsPDF } from 'jspdf';
import { COLORS, FONT, MARGIN, PT, SIZE, tint, type Rgb } from './theme';
import { breakLongWord, lineHeight, textWidth, wrapWords } from './text';
import { drawTable, keyValueTable, shortTableHeight, tableHeight, type TableOptions } from './table';

export { lineHeight, textWidth, wrapWords } from './text';
export { tint } from './theme';
import { toWinAnsi } from './winansi';
import type { Cell, Column, HeadingOptions, Orientation, PageKind, PaperFormat, TitledTableHeading, TocEntry, Tone, WriterOptions } from './writer-types';

export type { Cell, Column, HeadingOptions, Orientation, PageKind, PaperFormat, TableNote, TitledTableHeading, TocEntry, Tone, WriterOptions } from './writer-types';

/** Line height as a multiple of the font size; also in text.ts (lineHeight). */
const LINE = 1.28;
/** Space in mm under a heading below level 1, before what it heads. */
const HEADING_AFTER = 1.8;
/** Space above a heading (under a level 1 it is the page's top), and the room its `keep` adds for the space above and below it. */
const HEADING_BEFORE = { 1: 0, 2: 4, 3: 2.5, 4: 1.5 } as const;
const HEADING_ROOM = { 1: 4, 2: 2.5, 3: 2.5, 4: 2.5 } as const;
/** Type size of a heading at each level. */
const HEADING_SIZE = { 1: SIZE.h1, 2: SIZE.h2, 3: SIZE.h3, 4: SIZE.body } as const;
/** Space in mm drawTable leaves under a table. */
const TABLE_AFTER = 3.5;

/** Flowing document over a jsPDF instance; see the module comment. */
export class PdfWriter {
  readonly pdf: jsPDF;
  y = MARGIN.top;
  readonly toc: TocEntry[] = [];
  private readonly kinds: PageKind[];
  private readonly counters = [0, 0, 0, 0];
  private tocPages = 0;

  constructor(private readonly opts: WriterOptions) {
    const first = opts.firstPage ?? { format: 'a4', orientation: 'portrait', kind: 'cover' };
    this.kinds = [first.kind];
    this.pdf = new jsPDF({ unit: 'mm', format: first.format, orientation: first.orientation, compress: true, putOnlyUsedFonts: true });
    this.pdf.setFont(FONT, 'normal');
    this.pdf.setTextColor(...COLORS.ink);
    this.pdf.setLineHeightFactor(LINE);
  }

  get page(): number {
    return this.pdf.getNumberOfPages();
  }
  get pageWidth(): number {
    return this.pdf.internal.pageSize.getWidth();
  }
  get pageHeight(): number {
    return this.pdf.internal.pageSize.getHeight();
  }
  get left(): number {
    return MARGIN.left;
  }
  get right(): number {
    return this.pageWidth - MARGIN.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get bottom(): number {
    return this.pageHeight - MARGIN.bottom;
  }

  /** Start a new page (A4 portrait unless stated) and put the cursor at its top margin. */
  addPage(kind: PageKind = 'body', format: PaperFormat = 'a4', orientation: Orientation = 'portrait'): void {
    this.pdf.addPage(format, orientation);
    this.kinds[this.page - 1] = kind;
    this.y = MARGIN.top;
  }

  /** Break the page unless `height` mm still fit below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.addPage();
  }

  space(mm: number): void {
    this.y = Math.min(this.y + mm, this.bottom);
  }

  setFont(size: number, style: 'normal' | 'bold' | 'italic' | 'bolditalic' = 'normal', color: Rgb = COLORS.ink, family = FONT): void {
    this.pdf.setFont(family, style);
    this.pdf.setFontSize(size);
    this.pdf.setTextColor(...color);
  }

  /** `text` wrapped to `width` mm in the current font, one string per line. */
  wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    for (const para of toWinAnsi(text).split('\n')) {
      if (para.trim() === '') {
        lines.push('');
        continue;
      }
      // 1.5% slack: viewers' substitute fonts (and oblique overhang) run a little wider than the AFM widths.
      lines.push(...wrapWords(this.pdf, para, width * 0.985));
    }
    return lines;
  }

  /** Draw one line of text with its top at `top` (baseline derived from the font size). */
  textAt(line: string, x: number, top: number, size: number, align: 'left' | 'right' | 'center' = 'left'): void {
    this.pdf.text(line, x, top + size * PT * 0.92, { align, baseline: 'alphabetic' });
  }

  /**
   * A numbered heading. Level 1 starts a new page; every heading is listed in the table of
   * contents and the PDF outline.
   */
  heading(level: 1 | 2 | 3 | 4, title: string, options: HeadingOptions = {}): void {
    this.opts.onText?.(title);
    const numbered = options.numbered ?? true;
    if (options.newPage ?? level === 1) {
      if (!(this.y === MARGIN.top && this.kinds[this.page - 1] === 'body')) this.addPage();
    }
    let number = '';
    if (numbered) {
      this.counters[level - 1] = options.number ?? this.counters[level - 1] + 1;
      for (let i = level; i < this.counters.length; i++) this.counters[i] = 0;
      number = this.counters.slice(0, level).join('.') + (level === 1 ? '.' : '');
    }
    const size = HEADING_SIZE[level];
    this.setFont(size, 'bold', level >= 3 ? COLORS.ink : COLORS.accent);
    const indent = number ? textWidth(this.pdf, number + '  ') : 0;
    const lines = this.wrap(title, this.width - indent);
    const h = lines.length * lineHeight(size);
    // Keep a heading with at least a few lines of what follows it.
    this.ensure(h + HEADING_ROOM[level] + (options.keep ?? (level >= 3 ? 26 : 18)));
    if (level !== 1 && this.y > MARGIN.top + 1) this.space(HEADING_BEFORE[level]);
    if (options.toc ?? level <= 2) this.toc.push({ level, number, title: toWinAnsi(title), page: this.page, y: this.y });
    if (number) this.textAt(number, this.left, this.y, size);
    lines.forEach((l, i) => this.textAt(l, this.left + indent, this.y + i * lineHeight(size), size));
    this.y += h;
    if (level === 1) {
      this.pdf.setDrawColor(...COLORS.accent);
      this.pdf.setLineWidth(0.5);
      this.pdf.line(this.left, this.y + 1, this.right, this.y + 1);
      this.y += 5;
    } else {
      this.y += HEADING_AFTER;
    }
  }

  /** Height in mm that `paragraph(text, { size, style })` takes (with its space after) at full width. */
  paragraphHeight(text: string, size: number = SIZE.body, style: 'normal' | 'bold' | 'italic' = 'normal'): number {
    this.setFont(size, style);
    return this.wrap(text, this.width).length * lineHeight(size) + 2.5;
  }

  /** A wrapped paragraph. */
  paragraph(text: string, options: { size?: number; style?: 'normal' | 'bold' | 'italic'; color?: Rgb; indent?: number; after?: number } = {}): void {
    this.opts.onText?.(text);
    const size = options.size ?? SIZE.body;
    this.setFont(size, options.style ?? 'normal', options.color ?? COLORS.ink);
    const indent = options.indent ?? 0;
    const lh = lineHeight(size);
    for (const line of this.wrap(text, this.width - indent)) {
      this.ensure(lh);
      this.setFont(size, options.style ?? 'normal', options.color ?? COLORS.ink);
      this.textAt(line, this.left + indent, this.y, size);
      this.y += lh;
    }
    this.y += options.after ?? 2.5;
  }

  /** Preformatted text (XML, JSON, headers) in a monospaced font on a grey panel; keeps indentation. */
  code(text: string, size = 7.5): void {
    const lh = lineHeight(size);
    const pad = 2;
    this.setFont(size, 'normal', COLORS.ink, 'courier');
    const lines: string[] = [];
    for (const raw of toWinAnsi(text).split('\n')) {
      const indent = /^ */.exec(raw)![0];
      const parts = breakLongWord(this.pdf, raw, this.width - 2 * pad);
      parts.forEach((p, i) => lines.push(i === 0 ? p : indent + '  ' + p.trimStart()));
    }
    let i = 0;
    while (i < lines.length) {
      this.ensure(lh * Math.min(3, lines.length - i) + 2 * pad);
      const fit = Math.max(1, Math.floor((this.bottom - this.y - 2 * pad) / lh));
      const chunk = lines.slice(i, i + fit);
      const h = chunk.length * lh + 2 * pad;
      this.pdf.setFillColor(...COLORS.zebra);
      this.pdf.setDrawColor(...COLORS.rule);
      this.pdf.setLineWidth(0.2);
      this.pdf.rect(this.left, this.y, this.width, h, 'FD');
      this.setFont(size, 'normal', COLORS.ink, 'courier');
      chunk.forEach((l, j) => this.textAt(l, this.left + pad, this.y + pad + j * lh, size));
      this.y += h;
      i += chunk.length;
    }
    this.y += 3;
  }

  /**
   * A bulleted list, the bullets `indent` mm in from the text's left edge and each item's text `hang`
   * mm right of its bullet; `between` mm between items, `after` mm under the list.
   */
  bullets(items: string[], size = SIZE.body, { indent = 0, hang = 3.5, between = 0.8, after = 1.7 }: { indent?: number; hang?: number; between?: number; after?: number } = {}): void {
    // each item's wrapped lines stand under its first word, not under the bullet (a hanging indent):
    // a reviewer read the checklist's evidence, bullet and text in one paragraph, as run-on lines
    const lh = lineHeight(size);
    const textX = indent + hang;
    for (const item of items) {
      this.opts.onText?.(item);
      this.setFont(size);
      const lines = this.wrap(item, this.width - textX);
      lines.forEach((line, i) => {
        this.ensure(lh);
        this.setFont(size);
        if (i === 0) this.textAt('•', this.left + indent, this.y, size);
        this.textAt(line, this.left + textX, this.y, size);
        this.y += lh;
      });
      this.y += between;
    }
    this.y += after;
  }

  /**
   * A titled item with a status on the right and its answer lines as bullets below, e.g. one
   * checklist matter. The title row is tinted so items stand apart without heavy rules.
   */
  item(marker: string, title: string, status: { text: string; color: Rgb }, lines: string[], keep = 0): void {
    this.opts.onText?.(title);
    const indent = 11;
    const statusW = 30;
    const th = lineHeight(SIZE.body);
    const bl = lineHeight(SIZE.table);
    this.setFont(SIZE.body, 'bold');
    const titleLines = this.wrap(title, this.width - indent - statusW);
    const headH = titleLines.length * th + 3;
    // `keep`: room for what the caller puts under the head, so the head never ends a page alone
    this.ensure(headH + Math.min(lines.length, 3) * bl + 3 + keep);
    this.pdf.setFillColor(...COLORS.accentLight);
    this.pdf.rect(this.left, this.y, this.width, headH, 'F');
    this.setFont(SIZE.body, 'bold', COLORS.accent);
    this.textAt(toWinAnsi(marker), this.left + 2, this.y + 1.5, SIZE.body);
    this.setFont(SIZE.body, 'bold', COLORS.ink);
    titleLines.forEach((l, i) => this.textAt(l, this.left + indent, this.y + 1.5 + i * th, SIZE.body));
    this.setFont(SIZE.table, 'bold', status.color);
    this.textAt(toWinAnsi(status.text), this.right - 2, this.y + 1.8, SIZE.table, 'right');
    this.y += headH + 1.5;
    this.bullets(lines, SIZE.table, { indent, hang: 4, between: 0.6, after: 1.5 });
  }

  /** A coloured note with a bar on its left, e.g. a finding of the checker. */
  callout(text: string, tone: Tone, size = SIZE.table, indent = 0): void {
    this.opts.onText?.(text);
    const color = tone === 'error' ? COLORS.error : tone === 'warning' ? COLORS.warning : tone === 'ok' ? COLORS.ok : COLORS.advice;
    this.setFont(size);
    const lh = lineHeight(size);
    const lines = this.wrap(text, this.width - indent - 7);
    let i = 0;
    while (i < lines.length) {
      this.ensure(lh + 3);
      const fit = Math.max(1, Math.floor((this.bottom - this.y - 3) / lh));
      const chunk = lines.slice(i, i + fit);
      const h = chunk.length * lh + 3;
      this.pdf.setFillColor(...tint(color, 0.9));
      this.pdf.rect(this.left + indent, this.y, this.width - indent, h, 'F');
      this.pdf.setFillColor(...color);
      this.pdf.rect(this.left + indent, this.y, 1.2, h, 'F');
      this.setFont(size);
      chunk.forEach((l, j) => this.textAt(l, this.left + indent + 4, this.y + 1.5 + j * lh, size));
      this.y += h;
      i += chunk.length;
    }
    this.y += 1.5;
  }

  /** Two-column table of labels and values (project information, interface description). */
  keyValue(rows: [string, Cell][], labelWeight = 0.32): void {
    const table = keyValueTable(rows, { labelWeight });
    this.table(table.columns, table.rows, table.options);
  }

  /** Height in mm of a table's header and `rows` as `table` draws them on one page (for a heading's `keep`). */
  tableHeight(columns: Column[], rows: Cell[][], options: TableOptions = {}): number {
    return tableHeight(this, columns, rows, options);
  }

  /** Height in mm of a short table (3 rows or fewer) kept whole, for the heading above it; undefined for others. */
  shortTableHeight(columns: Column[], rows: Cell[][], options: TableOptions = {}): number | undefined {
    return shortTableHeight(this, columns, rows, options);
  }

  /**
   * A table under its title (an unnumbered level-3 heading unless `heading` says otherwise), with a
   * note between them if given. The title never stays alone at the page foot: it goes over with the
   * note and the table's start, a short table (3 rows or fewer) whole, a longer one's header and first
   * two rows (what drawTable keeps together).
   */
  titledTable(title: string, columns: Column[], rows: Cell[][], options: TableOptions = {}, heading: TitledTableHeading = {}): void {
    // keepNext goes into the keep, not to the heading
    const { level = 3, intro, outro, keepNext: _keepNext, ...headingOptions } = heading;
    const { keep, after } = this.titledTableKeep(columns, rows, options, heading);
    this.heading(level, title, { numbered: false, ...headingOptions, keep });
    if (intro) this.paragraph(intro.text, { size: intro.size ?? SIZE.body, style: intro.style, color: intro.color });
    this.table(columns, rows, { ...options, after });
    if (outro) this.paragraph(outro.text, { size: outro.size ?? SIZE.body, style: outro.style, color: outro.color });
  }

  /**
   * Height in mm a titled table needs below the cursor to start on this page: its title and what
   * titledTable keeps with it (a short table whole). For the table before it to keep it company
   * (`TitledTableHeading.keepNext`); undefined for a longer table, which breaks across pages anyway.
   */
  titledTableHeight(title: string, columns: Column[], rows: Cell[][], options: TableOptions = {}, heading: TitledTableHeading = {}): number | undefined {
    if (this.shortTableHeight(columns, rows, options) === undefined) return undefined;
    const level = heading.level ?? 3;
    const { keep } = this.titledTableKeep(columns, rows, options, heading);
    if (keep === undefined) return undefined;
    this.setFont(HEADING_SIZE[level], 'bold');
    return this.wrap(title, this.width).length * lineHeight(HEADING_SIZE[level]) + HEADING_ROOM[level] + keep;
  }

  /**
   * The room titledTable's title keeps under itself (HeadingOptions.keep; undefined when that is
   * taller than a page), and the room its note under the table takes (TableOptions.after).
   */
  private titledTableKeep(columns: Column[], rows: Cell[][], options: TableOptions, heading: TitledTableHeading): { keep: number | undefined; after: number } {
    const { level = 3, intro, outro, keepNext = 0 } = heading;
    const short = this.shortTableHeight(columns, rows, options);
    const introSize = intro?.size ?? SIZE.body;
    const introHeight = intro ? this.paragraphHeight(intro.text, introSize, intro.style) : 0;
    const outroSize = outro?.size ?? SIZE.body;
    // the note under the table, and the space the table leaves under itself (drawTable: 3.5 mm, a paragraph's own 2.5 counted)
    const after = outro ? this.paragraphHeight(outro.text, outroSize, outro.style) + 1 : 0;
    // + the room a heading leaves above and under itself, which its keep does not count (HEADING_ROOM
    // stands for both, less than a level-2 heading takes); nothing kept when the start is taller than a page
    const keepOf = (start: number) => introHeight + start + HEADING_AFTER + Math.max(0, HEADING_BEFORE[level] - HEADING_ROOM[level]);
    // a short table goes over whole, with the note under it when the two fit on a page, and with
    // what must follow it (keepNext: a short table that would be alone on the next page) when all fit
    let keep = keepOf(short !== undefined ? short + after : this.tableHeight(columns, rows.slice(0, 2), options));
    const page = this.bottom - MARGIN.top;
    if (short !== undefined && keepNext > 0 && keep + TABLE_AFTER + keepNext <= page) keep += TABLE_AFTER + keepNext;
    if (short !== undefined && keep > page) keep = keepOf(short);
    return { keep: keep <= page ? keep : undefined, after };
  }

  /**
   * A data table: wraps cell text, breaks across pages and repeats the header row on each page.
   * A row taller than a page is split between pages; a row of one cell is a group caption.
   */
  table(columns: Column[], rows: Cell[][], options: TableOptions = {}): void {
    const onText = this.opts.onText;
    if (onText) for (const cell of [...columns.map((c) => c.title), ...rows.flat()]) onText(typeof cell === 'string' ? cell : cell.text);
    drawTable(this, columns, rows, options);
  }

  /**
   * Insert the table of contents after the cover: lays out the collected headings, inserts as many
   * A4 pages as it needs after page 1, shifts recorded page numbers and links each entry.
   */
  insertToc(): void {
    const entries = this.toc;
    const size = SIZE.body;
    const lh = lineHeight(size) + 1.2;
    const top = MARGIN.top + 14;
    // each title wrapped beside its number, in the room its page number leaves: a long title takes a
    // second line rather than being cut short with "…"
    this.setFont(size, 'bold');
    const pageRoom = textWidth(this.pdf, String(this.pdf.getNumberOfPages() + 10)) + 8;
    const laid = entries.map((e) => {
      this.setFont(size, e.level === 1 ? 'bold' : 'normal');
      const indent = (e.level - 1) * 7;
      const numberW = e.number ? textWidth(this.pdf, e.number + '  ') : 0;
      const lines = wrapWords(this.pdf, e.title, this.width - indent - numberW - pageRoom);
      return { e, indent, numberW, lines: lines.length ? lines : [''] };
    });
    // pages the contents take; an entry is never split between two
    let pages = 1;
    for (let y = top, i = 0; i < laid.length; i++) {
      const h = laid[i].lines.length * lh;
      if (y + h > this.bottom) {
        pages++;
        y = MARGIN.top;
      }
      y += h;
    }
    this.tocPages = pages;
    for (let i = 0; i < pages; i++) {
      this.pdf.addPage('a4', 'portrait');
      this.pdf.movePage(this.pdf.getNumberOfPages(), 2 + i);
      this.kinds.splice(1 + i, 0, 'body');
    }
    for (const e of entries) e.page += pages;

    this.pdf.setPage(2);
    this.setFont(SIZE.h1, 'bold', COLORS.accent);
    this.textAt(toWinAnsi(this.opts.tocTitle), this.left, MARGIN.top, SIZE.h1);
    this.pdf.setDrawColor(...COLORS.accent);
    this.pdf.setLineWidth(0.5);
    this.pdf.line(this.left, MARGIN.top + 8, this.right, MARGIN.top + 8);
    let page = 2;
    let y = top;
    for (const { e, indent, numberW, lines } of laid) {
      if (y + lines.length * lh > this.bottom) {
        page++;
        this.pdf.setPage(page);
        y = MARGIN.top;
      }
      this.setFont(size, e.level === 1 ? 'bold' : 'normal');
      const pageText = String(e.page);
      const pageW = textWidth(this.pdf, pageText);
      if (e.number) this.textAt(e.number, this.left + indent, y, size);
      lines.forEach((line, i) => this.textAt(line, this.left + indent + numberW, y + i * lh, size));
      const last = y + (lines.length - 1) * lh;
      this.textAt(pageText, this.right, last, size, 'right');
      // Dot leader between the title's last line and the page number.
      const from = this.left + indent + numberW + textWidth(this.pdf, lines[lines.length - 1] ?? '') + 2;
      this.setFont(size, 'normal', COLORS.rule);
      const to = this.right - pageW - 2;
      const n = Math.floor((to - from) / textWidth(this.pdf, ' .'));
      if (n > 0) this.textAt(' .'.repeat(n), to, last, size, 'right');
      this.pdf.link(this.left, y, this.width, lines.length * lh, { pageNumber: e.page });
      y += lines.length * lh;
    }
  }

  /** Number of pages the table of contents took (0 until `insertToc`). */
  get tocPageCount(): number {
    return this.tocPages;
  }

  /** Stamp running headers, footers and page numbers, set properties and outline; return the bytes. */
  finish(): Uint8Array {
    const total = this.pdf.getNumberOfPages();
    for (let p = 1; p <= total; p++) {
      this.pdf.setPage(p);
      const w = this.pageWidth;
      const h = this.pageHeight;
      const kind = this.kinds[p - 1] ?? 'body';
      const markW = this.opts.draftMark ? this.stampDraftMark(this.opts.draftMark, w, kind === 'cover' ? 15 : 6.5) + 4 : 0;
      this.setFont(SIZE.header, 'normal', COLORS.muted);
      if (kind !== 'cover') {
        const header = this.fitText(this.opts.runningHeader, w - MARGIN.left - MARGIN.right - markW);
        this.textAt(header, MARGIN.left, 10, SIZE.header);
        this.pdf.setDrawColor(...COLORS.rule);
        this.pdf.setLineWidth(0.2);
        this.pdf.line(MARGIN.left, 14, w - MARGIN.right, 14);
      }
      this.pdf.setDrawColor(...COLORS.rule);
      this.pdf.setLineWidth(0.2);
      this.pdf.line(MARGIN.left, h - 13, w - MARGIN.right, h - 13);
      this.setFont(SIZE.header, 'normal', COLORS.muted);
      const pageText = toWinAnsi(this.opts.pageLabel.replace('{x}', String(p)).replace('{y}', String(total)));
      const pageW = textWidth(this.pdf, pageText);
      this.textAt(this.fitText(this.opts.footerLeft, w - MARGIN.left - MARGIN.right - pageW - 10), MARGIN.left, h - 11, SIZE.header);
      this.textAt(pageText, w - MARGIN.right, h - 11, SIZE.header, 'right');
    }
    for (const e of this.toc) {
      if (e.level <= 2) this.pdf.outline.add(null, toWinAnsi(`${e.number ? e.number + ' ' : ''}${e.title}`), { pageNumber: e.page });
    }
    const p = this.opts.properties;
    this.pdf.setProperties({
      title: toWinAnsi(p.title),
      subject: toWinAnsi(p.subject),
      author: toWinAnsi(p.author),
      keywords: toWinAnsi(p.keywords),
      creator: p.creator,
    });
    this.pdf.setLanguage(this.opts.language as never);
    if (this.opts.creationDate) this.pdf.setCreationDate(this.opts.creationDate);
    return new Uint8Array(this.pdf.output('arraybuffer'));
  }

  /** The draft mark as a red label at the top right of the current page; returns its width. */
  private stampDraftMark(mark: string, pageWidth: number, top: number): number {
    this.setFont(7.5, 'bold', COLORS.white);
    const text = toWinAnsi(mark);
    const width = textWidth(this.pdf, text) + 6;
    this.pdf.setFillColor(...COLORS.error);
    this.pdf.roundedRect(pageWidth - MARGIN.right - width, top, width, 5.6, 1, 1, 'F');
    this.textAt(text, pageWidth - MARGIN.right - 3, top + 1.4, 7.5, 'right');
    return width;
  }

  /** `text` cut with an ellipsis so it fits `width` mm in the current font. */
  fitText(text: string, width: number): string {
    let t = toWinAnsi(text);
    if (textWidth(this.pdf, t) <= width) return t;
    while (t.length > 1 && textWidth(this.pdf, t + '…') > width) t = t.slice(0, -1);
    return t.trimEnd() + '…';
  }
}
