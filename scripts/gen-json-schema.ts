/**
 * Writes assets/schema/lakar.schema.json, the published JSON Schema of `.lakar.json`, from the zod
 * document schema. Run after changing shared/model/schema.ts: `npx tsx scripts/gen-json-schema.ts`
 * (shared/interchange/json.test.ts fails while the committed file is out of date).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lakarJsonSchemaText } from '../shared/interchange/json';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'schema', 'lakar.schema.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, lakarJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
