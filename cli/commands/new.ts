/** `lakar new <file.lakar> [--title <title>] [--force]`: create an empty project. */
import type { Command } from 'commander';
import { createEmptyDocument } from '../../shared/model';
import { createProject } from '../../electron/store/project';
import type { CliContext } from '../context';

/** Add `new` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('new')
    .description(ctx.t('cmd.new.description'))
    .argument('<file>', ctx.t('cmd.new.file'))
    .option('-t, --title <title>', ctx.t('cmd.new.title'), '')
    .option('-f, --force', ctx.t('cmd.force'))
    .action(async (file: string, opts: { title: string; force?: boolean }) => {
      const target = ctx.resolve(/\.lakar$/i.test(file) ? file : `${file}.lakar`);
      await createProject(target, createEmptyDocument(opts.title.trim()), { overwrite: !!opts.force });
      ctx.io.stdout(`${ctx.t('out.created', { file: target })}\n`);
    });
}
