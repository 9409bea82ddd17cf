/**
 * The browser edition's IndexedDB database (Dexie). A project is stored as rows, like the
 * `.lakar` SQLite file: one row for the project (meta, generation), one per element, relation,
 * view and view node, all keyed by project id, so a save writes only the rows that changed.
 * Rows keep the document's order through an order number (./row-order.ts, from version 2).
 * The recovery journal lives in its own tables and is never part of the saved project.
 */
import { Dexie, type Table } from 'dexie';
import type { Patch } from 'immer';
import type { DrawnRun } from '../../../shared/store/drawn-record';
import { numberRowsAsRead, type OrderedRow } from './row-order';
import type { Element, LakarDocumentData, NodeLayout, ProjectMeta, Relation, View } from '../../../shared/model';

/** The saved project's head row. */
export interface ProjectRow {
  id: string;
  /** Name the user gave at Save As (shown in Open and Recent). */
  name: string;
  schemaVersion: number;
  meta: ProjectMeta;
  /** Bumped by every save; a journal based on an older generation is stale. */
  generation: number;
  savedAt: string;
  /** Last time the project was opened (Open Recent order). */
  openedAt: string;
}

export interface ElementRow extends OrderedRow {
  projectId: string;
  id: string;
  row: Element;
}

export interface RelationRow extends OrderedRow {
  projectId: string;
  id: string;
  row: Relation;
}

export interface ViewRow extends OrderedRow {
  projectId: string;
  id: string;
  row: Omit<View, 'nodes'>;
}

export interface ViewNodeRow extends OrderedRow {
  projectId: string;
  viewId: string;
  elementId: string;
  layout: NodeLayout;
}

/** Head of a project's recovery journal. */
export interface JournalHead {
  projectId: string;
  /** Generation of the saved project the entries apply to. */
  baseGeneration: number;
  /**
   * For a project never saved: the document the entries start from, and its provisional name. Kept
   * as data (tables as records): IndexedDB stores by structured clone, which keeps no Table.
   */
  draft?: { doc: LakarDocumentData; displayName: string };
  updatedAt: string;
}

/** One journalled batch of patches. */
export interface JournalRow {
  projectId: string;
  seq: number;
  at: string;
  patches: Patch[];
  /** Runs of the batch that stored a view as drawn, kept as a note (shared/store/drawn-record.ts); absent in rows of earlier Lakars. */
  drawn?: DrawnRun[];
}

/** Tables that make up a saved project (written together in one transaction on Save). */
export const PROJECT_TABLES = ['projects', 'elements', 'relations', 'views', 'view_nodes'] as const;

/** The Lakar IndexedDB database. */
export class LakarDb extends Dexie {
  projects!: Table<ProjectRow, string>;
  elements!: Table<ElementRow, [string, string]>;
  relations!: Table<RelationRow, [string, string]>;
  views!: Table<ViewRow, [string, string]>;
  view_nodes!: Table<ViewNodeRow, [string, string, string]>;
  journals!: Table<JournalHead, string>;
  journal!: Table<JournalRow, [string, number]>;

  constructor(name = 'lakar', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      projects: 'id, name, openedAt',
      elements: '[projectId+id], projectId',
      relations: '[projectId+id], projectId',
      views: '[projectId+id], projectId',
      view_nodes: '[projectId+viewId+elementId], projectId, [projectId+viewId]',
      journals: 'projectId',
      journal: '[projectId+seq], projectId',
    });
    // rows read by key came back in (random) id order: an order number keeps the document's
    this.version(2)
      .stores({
        elements: '[projectId+id], projectId, [projectId+seq]',
        relations: '[projectId+id], projectId, [projectId+seq]',
        views: '[projectId+id], projectId, [projectId+seq]',
        view_nodes: '[projectId+viewId+elementId], projectId, [projectId+viewId], [projectId+seq]',
      })
      .upgrade(numberRowsAsRead);
  }
}
