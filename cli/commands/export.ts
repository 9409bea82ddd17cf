/** `lakar export <file> --format <name> -o <out>`: write a project in another format. */
import path from 'node:path';
import type { Command } from 'commander';
import { exporters, findExporter } from '../formats';
import { checkOutputTarget, CliError, loadInput, printWarnings, writeOutput, writeOutputFolder, type CliContext } from '../context';

/** Add `export` to `program`, with the extra options of every exporter. */
export function register(program: Command, ctx: CliContext): void {
  const all = exporters();
  const formats = all.map((e) => e.name).join(', ');
  const command = program
    .command('export')
    .description(ctx.t('cmd.export.description'))
    .argument('<file>', ctx.t('cmd.export.file'))
    .option('--format <name>', ctx.t('cmd.export.format', { formats }))
    .requiredOption('-o, --output <file>', ctx.t('cmd.export.output'));
  const seen = new Set<string>();
  for (const e of all) {
    for (const o of e.options ?? []) {
      if (seen.has(o.flags)) continue;
      seen.add(o.flags);
      command.option(o.flags, `${o.description[ctx.lang]} [${e.name}]`);
    }
  }
  command.action(async (file: string, opts: Record<string, unknown> & { format?: string; output: string }) => {
    const exporter = findExporter(opts.format, opts.output === '-' ? undefined : opts.output);
    if (!exporter) {
      if (opts.format) throw new CliError('cli.unknownFormat', { format: opts.format, known: formats });
      throw new CliError('cli.noFormat', { known: formats });
    }
    checkOutputTarget(ctx, file, opts.output);
    const loaded = await loadInput(ctx, file);
    printWarnings(ctx, loaded.warnings);
    // `outputPath`: the output resolved against the working folder, for exporters that look at it (a folder or a file)
    const data = await exporter.write(loaded.doc, { lang: ctx.lang, options: { ...opts, outputPath: opts.output === '-' ? '-' : ctx.resolve(opts.output) } });
    if (typeof data === 'object' && 'files' in data) {
      await writeOutputFolder(ctx, opts.output, data.files, data.replaces);
      ctx.io.stdout(`${ctx.t('out.exportedFiles', { input: path.basename(file), file: ctx.resolve(opts.output), format: exporter.name, files: data.files.map((f) => f.name).join(', ') })}\n`);
      return;
    }
    await writeOutput(ctx, opts.output, data);
    if (opts.output !== '-') ctx.io.stdout(`${ctx.t('out.exported', { input: path.basename(file), file: ctx.resolve(opts.output), format: exporter.name })}\n`);
  });
}
