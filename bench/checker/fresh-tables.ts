/**
 * Full checks timed as a user meets them. The checker keeps its numbering of the tables it checked
 * (shared/rules/table-numbering.ts), so checking the same document again measures only the case of
 * unchanged tables (a catalogue change, an export). The check after opening a document or editing it
 * meets tables no check has seen: `checkAnew` forgets the kept numbering first, so the same document,
 * with the code warm, is checked as such tables are (the figure the bench has always reported).
 */
import type { LakarDocument } from '../../shared/model';
import { checkDocument, type CheckReport } from '../../shared/rules';
import { forgetNumbering } from '../../shared/rules/table-numbering';

/** A full check of `doc` as if no check had seen its tables. Forgetting is not timed when called outside `measure`. */
export function checkAnew(doc: LakarDocument): CheckReport {
  forgetNumbering(doc);
  return checkDocument(doc);
}
