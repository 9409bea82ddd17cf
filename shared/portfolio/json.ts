/**
 * The portfolio as the `--json` document of `lakar portfolio`, exactly in the shape issue 17 asks
 * for: projects, overlaps (with reasons in words), registries (who reads, who re-captures) and
 * cross-agency flows.
 */
import type { Lang } from '../i18n';
import type { PortfolioAnalysis } from './analysis';
import { overlapReasons } from './reasons';

export interface PortfolioJson {
  projects: { file: string; title: string; agency: string; sector: string | null; errors: number | null; warnings: number | null }[];
  overlaps: { kind: string; a: { file: string; id: string; name: string; agency: string }; b: { file: string; id: string; name: string; agency: string }; score: number; reasons: string[] }[];
  registries: { id: string; name: string; readBy: string[]; recapturedBy: string[] }[];
  flows: { from: string; to: string; method: string; count: number }[];
}

/** The JSON document of `analysis`, reasons and registry names in `lang`. */
export function portfolioJson(analysis: PortfolioAnalysis, lang: Lang): PortfolioJson {
  return {
    projects: analysis.projects.map((p) => ({ file: p.file, title: p.title, agency: p.agency, sector: p.sector ?? null, errors: p.check?.errors ?? null, warnings: p.check?.warnings ?? null })),
    overlaps: analysis.overlaps.map((o) => ({ kind: o.kind, a: { ...o.a }, b: { ...o.b }, score: o.score, reasons: overlapReasons(o, lang) })),
    registries: analysis.registries.map((r) => ({ id: r.id, name: r.name[lang], readBy: r.readBy.map((c) => c.file), recapturedBy: r.recapturedBy.map((c) => c.file) })),
    flows: analysis.flows.map((f) => ({ from: f.from, to: f.to, method: f.method, count: f.count })),
  };
}
