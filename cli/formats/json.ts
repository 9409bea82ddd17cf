/** `.lakar.json`, the interchange format of the whole document (shared/interchange/json.ts). */
import { UserError } from '../../shared/ipc/errors';
import type { FormatModule } from '../formats';

/** The reader and writer, loaded on first use (zod and the model's schemas are not needed for --help). */
const json = () => import('../../shared/interchange/json');

/** True when the first bytes look like a `.lakar.json` document (its header names the format). */
function looksLikeLakarJson(head: Uint8Array): boolean {
  const text = new TextDecoder().decode(head.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{') && /"format"\s*:\s*"lakar"/.test(text);
}

export const format: FormatModule = {
  importers: [
    {
      name: 'json',
      description: { ms: 'dokumen Lakar JSON (.lakar.json)', en: 'Lakar JSON document (.lakar.json)' },
      extensions: ['.lakar.json', '.json'],
      detect: looksLikeLakarJson,
      async read(data, { fileName }) {
        const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
        const result = (await json()).parseLakarJson(text, { fileName });
        if (!result.ok) throw new UserError(result.error.key, result.error.params);
        // a view without usable positions (none given, all piled on one spot) is laid out into its bands
        const { layoutUnusableViews } = await import('../../shared/layout/prepare');
        const laidOut = await layoutUnusableViews(result.doc);
        return { doc: result.doc, warnings: laidOut.map((view) => ({ key: 'interchange:warning.viewLaidOut', params: { view } })) };
      },
    },
  ],
  exporters: [
    {
      name: 'json',
      description: { ms: 'dokumen Lakar JSON (.lakar.json)', en: 'Lakar JSON document (.lakar.json)' },
      extension: '.lakar.json',
      async write(doc) {
        return (await json()).toLakarJson(doc);
      },
    },
  ],
};
