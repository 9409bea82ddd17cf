import { pengambilanPekerjaExample } from '../shared/samples/pengambilan-pekerja';
import { checkDocument } from '../shared/rules';
const r = checkDocument(pengambilanPekerjaExample());
for (const p of r.problems) console.log(p.severity, p.ruleId, p.message.en);
