/** `lakar info <file> [--json]`: title and counts per kind of a project. */
import path from 'node:path';
import type { Command } from 'commander';
import { label } from '../../shared/i18n';
import type { LakarDocument } from '../../shared/model';
import { loadInput, printWarnings, type CliContext, type LoadedInput } from '../context';

/** The facts `info` reports, also its `--json` output. */
export function summarize(file: string, input: LoadedInput) {
  const doc: LakarDocument = input.doc;
  const elements: Record<string, number> = {};
  const relations: Record<string, number> = {};
  for (const e of doc.elements.values()) elements[e.kind] = (elements[e.kind] ?? 0) + 1;
  for (const r of doc.relations.values()) relations[r.kind] = (relations[r.kind] ?? 0) + 1;
  return {
    file: path.basename(file),
    format: input.format,
    title: doc.meta.title,
    schemaVersion: input.project?.fileVersion ?? doc.schemaVersion,
    generation: input.project?.generation ?? null,
    savedAt: input.project?.savedAt ?? null,
    appVersion: input.project?.appVersion ?? null,
    totals: { elements: doc.elements.ids().length, relations: doc.relations.ids().length, views: Object.keys(doc.views).length },
    elements,
    relations,
  };
}

function table(ctx: CliContext, counts: Record<string, number>, group: 'kind' | 'relation'): string {
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `  ${`${label(ctx.lang, group, kind)} (${kind})`.padEnd(44)} ${String(n).padStart(7)}\n`)
    .join('');
}

/** Add `info` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('info')
    .description(ctx.t('cmd.info.description'))
    .argument('<file>', ctx.t('cmd.info.file'))
    .option('--json', ctx.t('cmd.info.json'))
    .action(async (file: string, opts: { json?: boolean }) => {
      const input = await loadInput(ctx, file);
      printWarnings(ctx, input.warnings, true);
      const s = summarize(file, input);
      if (opts.json) {
        ctx.io.stdout(`${JSON.stringify(s, null, 2)}\n`);
        return;
      }
      const lines = [
        `${ctx.t('info.title')}: ${s.title || ctx.t('info.untitled')}`,
        `${ctx.t('info.file')}: ${s.file} (${s.format})`,
        `${ctx.t('info.schema')}: ${s.schemaVersion}`,
        ...(s.savedAt ? [`${ctx.t('info.savedAt')}: ${s.savedAt}`] : []),
        ...(s.appVersion ? [`${ctx.t('info.appVersion')}: ${s.appVersion}`] : []),
        `${ctx.t('info.elements')}: ${s.totals.elements}`,
      ];
      ctx.io.stdout(`${lines.join('\n')}\n${table(ctx, s.elements, 'kind')}`);
      ctx.io.stdout(`${ctx.t('info.relations')}: ${s.totals.relations}\n${table(ctx, s.relations, 'relation')}`);
      ctx.io.stdout(`${ctx.t('info.views')}: ${s.totals.views}\n`);
    });
}
