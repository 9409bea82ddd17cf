/**
 * Full checks timed as a user meets them. The checker keeps its numbering of the tables it checked
 * (shared/rules/table-numbering.ts), so checking the same document again measures only the case of
 * unchanged tables (a catalogue change, an export). The check after opening a document or editing it
 * meets tables no check has seen: `checkAnew` has the checker number them again (`tablesUnseen`), so
 * the same document, with the code warm, is checked as such tables are (the figure the bench has
 * always reported).
 */
import type { LakarDocument } from '../../shared/model';
import { checkDocument, type CheckReport } from '../../shared/rules';

/** A full check of `doc` as if no check had seen its tables. */
export function checkAnew(doc: LakarDocument): CheckReport {
  return checkDocument(doc, { tablesUnseen: true });
}
