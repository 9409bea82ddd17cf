/**
 * `lakar rules [--json]`: every checker rule with its id, severity, seed section, message and fix
 * hint, and the portfolio's overlap advice (`portfolio.overlap`, 001 §4.2.2 a).
 */
import type { Command } from 'commander';
import type { Lang } from '../../shared/i18n';
import type { RuleInfo } from '../../shared/rules';
import { decodeReferences, formatSource } from '../../shared/catalogue/sources';
import type { CliContext } from '../context';

/** The checker, loaded when the command runs (--help and the other commands start without it). */
async function allRules(): Promise<RuleInfo[]> {
  const [{ listRules }, { PORTFOLIO_RULE }] = await Promise.all([import('../../shared/rules'), import('../../shared/portfolio/check')]);
  // the portfolio check (File › Semak terhadap portfolio…) runs only against a portfolio, never in `lakar check`
  return [...listRules(), PORTFOLIO_RULE];
}

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
export function rulesText(lang: Lang, rules: readonly RuleInfo[]): string {
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
    .action(async (flags: { json?: boolean }) => {
      const rules = await allRules();
      ctx.io.stdout(flags.json ? `${JSON.stringify(rules, null, 2)}\n` : rulesText(ctx.lang, rules));
    });
}
