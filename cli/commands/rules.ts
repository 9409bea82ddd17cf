/** `lakar rules [--json]`: every checker rule with its id, severity, seed section, message and fix hint. */
import type { Command } from 'commander';
import type { Lang } from '../../shared/i18n';
import { decodeReferences, formatSource } from '../../shared/catalogue';
import { listRules } from '../../shared/rules';
import type { CliContext } from '../context';

const TEXT: Record<Lang, Record<string, string>> = {
  ms: {
    description: 'senaraikan setiap peraturan semakan WoG: id, tahap, seksyen sumber dan mesej',
    json: 'keluaran dalam JSON (kedua-dua bahasa)',
    count: '{n} peraturan',
    source: 'Sumber',
    message: 'Mesej',
    fix: 'Cadangan',
    error: 'ralat',
    warning: 'amaran',
    advice: 'nasihat',
  },
  en: {
    description: 'list every WoG check rule: id, severity, source section and message',
    json: 'output as JSON (both languages)',
    count: '{n} rules',
    source: 'Source',
    message: 'Message',
    fix: 'Fix',
    error: 'error',
    warning: 'warning',
    advice: 'advice',
  },
};

/** Every rule as text in `lang`. */
export function rulesText(lang: Lang): string {
  const rules = listRules();
  const t = TEXT[lang];
  const out = [t.count.replace('{n}', String(rules.length)), ''];
  for (const r of rules) {
    out.push(`${r.id}  [${t[r.severity]}]  ${r.title[lang]}`);
    out.push(`    ${t.source}: ${formatSource(r.source, lang)}`);
    if (r.message) out.push(`    ${t.message}: ${decodeReferences(r.message[lang], lang)}`);
    out.push(`    ${t.fix}: ${decodeReferences(r.fixHint[lang], lang)}`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Add `rules` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('rules')
    .description(TEXT[ctx.lang].description)
    .option('--json', TEXT[ctx.lang].json)
    .action((flags: { json?: boolean }) => {
      ctx.io.stdout(flags.json ? `${JSON.stringify(listRules(), null, 2)}\n` : rulesText(ctx.lang));
    });
}
