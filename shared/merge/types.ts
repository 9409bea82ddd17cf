/** Types of the three-way merge (see ./merge.ts). */

/** The two edited copies: `mine` is the open project (git's %A), `theirs` the other copy (%B). */
export type Side = 'mine' | 'theirs';

/**
 * Why two edits could not both be kept:
 * - `field`: the same field was changed both ways (a view's node position counts as one field);
 * - `deleteEdit`: one side deleted what the other edited;
 * - `deletedEnd`: one side deleted an element the other side's new or edited work points at
 *   (a relation to it, its node on a view, a flow carrying it, a module under it);
 * - `idCollision`: both sides added something different under the same id;
 * - `invalid`: each side is valid alone but their changes together are not (e.g. one side turned a
 *   relation into a data flow while the other pointed it at a kind a flow may not join).
 */
export type ConflictKind = 'field' | 'deleteEdit' | 'deletedEnd' | 'idCollision' | 'invalid';

/** A thing the other side did that depends on a deleted element (for `deletedEnd` / `deleteEdit`). */
export interface DependentChange {
  collection: 'elements' | 'relations' | 'views';
  id: string;
  /** What it does with the deleted element. */
  how: 'edited' | 'relation' | 'node' | 'carries' | 'parent';
}

export interface MergeConflict {
  /** Stable id within one merge of the same three documents (resolutions are keyed by it). */
  id: string;
  kind: ConflictKind;
  /** Collection of the entity (`elements`, `relations`, `views`, another collection, or `project`). */
  collection: string;
  entityId: string;
  /** For `field` conflicts: the field's path inside the entity (e.g. `['method']`, `['nodes', 'el_1']`). */
  path?: string[];
  /** The values on each side: the field's for `field` conflicts, the whole entity otherwise (undefined = absent). */
  base: unknown;
  mine: unknown;
  theirs: unknown;
  /** For `deleteEdit` and `deletedEnd`: the side that deleted. */
  deletedBy?: Side;
  /** For `deletedEnd` and `deleteEdit` of an element: the other side's work that goes or stays with it. */
  dependents?: DependentChange[];
  /** For `invalid`: why the combination is refused (an i18n-style key, e.g. `relationNotAllowed`). */
  reason?: string;
  /** Whether a typed value may resolve it (field conflicts only). */
  editable: boolean;
}

/** How one conflict is resolved: keep one side's version, or (field conflicts) a value the user typed. */
export type Resolution = Side | { value: unknown };

export interface MergeOptions {
  /** Resolution per conflict id. */
  resolutions?: Readonly<Record<string, Resolution>>;
  /** Side taken for conflicts without a resolution (default `mine`). */
  prefer?: Side;
}

/** A change the merge made on its own so that the result is a valid model. */
export interface MergeAdjustment {
  /**
   * `nodeClamped`: a node left its band when one side resized the bands and the other moved or placed
   * it, and was put back inside; `referenceDropped`: a reference to an element the resolutions
   * deleted was removed (relation, node, carried data, parent); `relationDropped`: a relation no
   * longer allowed between the kinds of the elements an id collision kept; `viewKept`: both sides
   * deleted views until none was left, so theirs-deleted views stay.
   */
  key: 'nodeClamped' | 'referenceDropped' | 'relationDropped' | 'viewKept';
  collection: string;
  id: string;
  detail?: string;
}

export interface MergeResult<D> {
  /** The merged document: every change of both sides, conflicts resolved (unresolved ones by `prefer`). */
  doc: D;
  /** Every conflict found, in a stable order (resolved or not). */
  conflicts: MergeConflict[];
  /** Ids of conflicts that had no resolution in the options. */
  unresolved: string[];
  adjustments: MergeAdjustment[];
}

/** A merge refused: an edited value does not fit its field, or the inputs are not documents. */
export class MergeError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'MergeError';
  }
}
