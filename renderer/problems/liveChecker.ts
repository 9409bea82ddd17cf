/**
 * The checker of the open project, fed with the patches of each edit. The editor reports every
 * dispatch, undo and redo (`onDocChange`); the patches since the last check are collected, and the
 * next check hands them to the incremental checker, so finding what changed costs in proportion to
 * the edits rather than the model. When a change was missed (another project opened, a document
 * replaced outside the store) the chain of patches is broken and the checker compares documents
 * instead: slower on a large model, never wrong.
 */
import type { Patch } from 'immer';
import type { LakarDocument } from '../../shared/model';
import { createChecker, type CheckReport } from '../../shared/rules';
import type { DocChange } from '../state/editor';

/** What the live checker needs of a checker (the incremental checker of shared/rules). */
export interface PatchChecker {
  check(doc: LakarDocument, patches?: readonly Patch[]): CheckReport;
  prepareForEdits?(): void;
}

/** An incremental checker plus the patches of the edits made since its last check. */
export class LiveChecker {
  /** The document the collected patches lead to (the last checked one when there are none). */
  private tip: LakarDocument | null = null;
  private patches: Patch[] = [];
  /** A change was missed since the last check: the collected patches do not lead to the current document. */
  private broken = true;

  constructor(private readonly checker: PatchChecker = createChecker()) {}

  /** Note a change made through the editor. */
  record(change: DocChange): void {
    if (this.broken) return;
    if (change.before !== this.tip) {
      this.broken = true;
      this.patches = [];
      return;
    }
    for (const p of change.patches) this.patches.push(p);
    this.tip = change.after;
  }

  /** Check `doc`: with the collected patches when they lead to it, else by comparing documents. */
  check(doc: LakarDocument): CheckReport {
    const patches = !this.broken && this.tip === doc ? this.patches : undefined;
    const report = this.checker.check(doc, patches);
    this.tip = doc;
    this.patches = [];
    this.broken = false;
    return report;
  }

  /** Get ready for the next edit (index the last result), so it is checked as fast as later ones; for idle time. */
  prepare(): void {
    this.checker.prepareForEdits?.();
  }
}
