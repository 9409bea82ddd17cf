/**
 * `lakar git-setup [--global] [--print]`: register Lakar with git so projects in a repository diff
 * and merge by meaning. It adds to `.gitattributes`
 *     *.lakar diff=lakar merge=lakar
 *     *.lakar.json diff=lakar merge=lakar
 * and sets in git's configuration (this repository's, or the user's with --global)
 *     diff.lakar.textconv   = <lakar> diff --textconv      (git diff / git log -p show the listing)
 *     diff.lakar.cachetextconv = true
 *     merge.lakar.name      = Lakar three-way merge
 *     merge.lakar.driver    = <lakar> merge --git-driver %O %A %B %P
 * where <lakar> is this installation's command (node and bin/lakar.mjs by absolute path, so it also
 * works from GUI git clients without a PATH). `--print` shows the lines without changing anything.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CliError, type CliContext } from '../context';

/** The patterns Lakar registers, in .gitattributes syntax. */
export const GIT_ATTRIBUTES = ['*.lakar diff=lakar merge=lakar', '*.lakar.json diff=lakar merge=lakar'];

/** A shell word for git's configuration (git runs drivers through the shell). */
function quote(word: string): string {
  return /^[\w./:@%+=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command git should run for `lakar`: this Node and this installation's bin/lakar.mjs. */
export function lakarCommand(): string {
  const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/lakar.mjs');
  return `${quote(process.execPath)} ${quote(bin)}`;
}

/** The git configuration entries, as [key, value]. */
export function gitConfigEntries(lakar = lakarCommand()): [string, string][] {
  return [
    ['diff.lakar.textconv', `${lakar} diff --textconv`],
    ['diff.lakar.cachetextconv', 'true'],
    ['merge.lakar.name', 'Lakar three-way merge'],
    ['merge.lakar.driver', `${lakar} merge --git-driver %O %A %B %P`],
  ];
}

function git(ctx: CliContext, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ctx.io.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (e) {
    const err = e as { stderr?: string; message?: string };
    throw new CliError('gitSetup.gitFailed', { message: String(err.stderr || err.message || e).trim() });
  }
}

/** Add `git-setup` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('git-setup')
    .description(ctx.t('cmd.gitSetup.description'))
    .option('--global', ctx.t('cmd.gitSetup.global'))
    .option('--print', ctx.t('cmd.gitSetup.print'))
    .action((opts: { global?: boolean; print?: boolean }) => {
      const entries = gitConfigEntries();
      if (opts.print) {
        ctx.io.stdout(`# .gitattributes\n${GIT_ATTRIBUTES.join('\n')}\n\n# git config${opts.global ? ' --global' : ''}\n${entries.map(([k, v]) => `git config${opts.global ? ' --global' : ''} ${k} ${quote(v)}`).join('\n')}\n`);
        return;
      }
      let top: string | null = null;
      try {
        top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: ctx.io.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      } catch {
        if (!opts.global) throw new CliError('gitSetup.notRepo');
      }
      for (const [key, value] of entries) git(ctx, ['config', ...(opts.global ? ['--global'] : []), key, value]);
      if (top) {
        const file = path.join(top, '.gitattributes');
        const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        const lines = existing.split(/\r?\n/);
        const missing = GIT_ATTRIBUTES.filter((l) => !lines.includes(l));
        if (missing.length > 0) {
          fs.writeFileSync(file, `${existing}${existing === '' || existing.endsWith('\n') ? '' : '\n'}${missing.join('\n')}\n`);
          ctx.io.stdout(`${ctx.t('gitSetup.attributes', { file })}\n`);
        }
      }
      ctx.io.stdout(`${ctx.t('gitSetup.done')}\n`);
    });
}
