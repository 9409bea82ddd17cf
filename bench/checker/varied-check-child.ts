/**
 * Child process of bench/checker.bench.ts: full checks of the 100,000-element varied model
 * (test/helpers/varied-model, read back from JSON as from a file), in a process of its own so the
 * parent can run it with and without the V8 flags the app runs with (electron/main/js-flags.ts).
 * Prints one JSON line: median wall and CPU ms of `runs` checks after a warm-up, and the problem count.
 * Usage: tsx bench/checker/varied-check-child.ts <elements> <runs>
 */
import { fromDocumentData, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import { checkDocument } from '../../shared/rules';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { measure, median } from '../timing';

const n = Number(process.argv[2]);
const runs = Number(process.argv[3]);
// read back from JSON, as a document arrives from a file: the generator's ids end up as V8 "thin"
// strings (pointers to the interned copy), which make every Map lookup by id several times slower
// than in a document read from disk, and would measure the generator rather than the checker
const doc = fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(n, 5))) as LakarDocumentData) as LakarDocument;
const problems = checkDocument(doc).problems.length;
const m = Array.from({ length: runs }, () => measure(() => checkDocument(doc)));
process.stdout.write(`${JSON.stringify({ wall: median(m.map((x) => x.wall)), cpu: median(m.map((x) => x.cpu)), problems })}\n`);
