import { fromOef } from './shared/interchange/oef';
import { fromArchiCsv, toArchiCsvZip } from './shared/interchange/csv';
import fs from 'node:fs';
const r = await fromOef(fs.readFileSync('test/fixtures/hostile/proto-element.xml'), { fileName: 'x.xml' });
console.log(Object.keys(r.doc.elements), Object.values(r.doc.relations).map(r=>[r.id, r.source,r.target]), Object.keys(r.doc.views), r.warnings, JSON.stringify(r.doc.elements));
const dir='test/fixtures/hostile/proto-csv';
const c = await fromArchiCsv(fs.readdirSync(dir).map(n=>({name:n,data:fs.readFileSync(dir+'/'+n)})));
console.log(Object.keys(c.doc.elements), Object.values(c.doc.relations).map(r=>[r.id, r.source,r.target]), c.warnings, JSON.stringify(c.doc.elements));
console.log(toArchiCsvZip(c.doc).length);
