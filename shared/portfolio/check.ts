/**
 * "Semak terhadap portfolio…": the overlap check of the proposal being edited against a portfolio,
 * as advice findings for the Problems panel (001 §4.2.2 a), so an agency sees the duplicates across
 * agencies before it submits.
 */
import type { LakarDocument } from '../model/schema';
import type { Problem, RuleInfo } from '../rules/types';
import type { Portfolio } from './analysis';
import { MATCH_SETTINGS } from './data/settings';
import { digestProject } from './digest';
import type { Overlap } from './matcher';
import { overlapReasons } from './reasons';

export const PORTFOLIO_RULE: RuleInfo = {
  id: 'portfolio.overlap',
  severity: 'advice',
  title: { ms: 'Tiada pertindihan dengan projek agensi lain dalam portfolio', en: 'No overlap with other agencies’ projects in the portfolio' },
  source: '001 §4.2.2 a',
  fixHint: {
    ms: 'Semak projek agensi tersebut: guna semula atau kongsi aplikasi, perkhidmatan atau data yang sama, atau jadikan projek WoG bersama, bagi mengelakkan pertindihan inisiatif digital.',
    en: 'Look at that agency’s project: reuse or share the same application, service or data, or make it a joint WoG project, to avoid duplicated digital initiatives.',
  },
  message: {
    ms: '{name} mungkin bertindih dengan {other} ({agency}, {file}), skor {score}: {reasons}.',
    en: '{name} may duplicate {other} ({agency}, {file}), score {score}: {reasons}.',
  },
};

const KIND_LABEL: Record<Overlap['kind'], { ms: string; en: string }> = {
  application: { ms: 'Aplikasi', en: 'Application' },
  service: { ms: 'Perkhidmatan', en: 'Service' },
  dataEntity: { ms: 'Data', en: 'Data' },
  dataFlow: { ms: 'Aliran data', en: 'Data flow' },
};

/** An overlap (side `a` in the checked project) as an advice finding. */
export function overlapProblem(o: Overlap): Problem {
  const fill = (lang: 'ms' | 'en') =>
    PORTFOLIO_RULE.message![lang]
      .replace('{name}', `${KIND_LABEL[o.kind][lang]} "${o.a.name}"`)
      .replace('{other}', `"${o.b.name}"`)
      .replace('{agency}', o.b.agency)
      .replace('{file}', o.b.file)
      .replace('{score}', o.score.toFixed(2))
      .replace('{reasons}', overlapReasons(o, lang).join('; '));
  const isFlow = o.kind === 'dataFlow';
  return {
    ruleId: PORTFOLIO_RULE.id,
    severity: 'advice',
    message: { ms: fill('ms'), en: fill('en') },
    elementIds: isFlow ? [] : [o.a.id],
    relationIds: isFlow ? [o.a.id] : [],
    params: { file: o.b.file, other: o.b.name, score: o.score },
  };
}

/**
 * Advice for `doc` (saved as `file`, which the portfolio may also hold: it is never compared with
 * itself) against `portfolio`: the best matches of each element, at most `MATCH_SETTINGS.maxPerElement`.
 */
export function checkAgainstPortfolio(doc: LakarDocument, portfolio: Portfolio, file = '\u0000open-project'): Problem[] {
  if (doc.meta?.disabledRules?.includes(PORTFOLIO_RULE.id)) return [];
  const digest = digestProject(file, doc, { check: false });
  const perElement = new Map<string, number>();
  const out: Problem[] = [];
  for (const o of portfolio.matchAgainst(digest)) {
    if (o.b.file === file) continue;
    const n = perElement.get(o.a.id) ?? 0;
    if (n >= MATCH_SETTINGS.maxPerElement) continue;
    perElement.set(o.a.id, n + 1);
    out.push(overlapProblem(o));
  }
  return out;
}
