/**
 * The matcher on a generated sector portfolio with known answers (issue 17 "Done when"): 42
 * proposals of 15 agencies, duplicates planted in BM and EN wordings, look-alikes that are not
 * duplicates, and registry re-captures (001 §4.2.2 a, §2.6.1). Prints precision and recall.
 */
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../test/helpers/portfolio-generator';
import { Portfolio } from './analysis';
import { digestProject } from './digest';

const key = (kind: string, a: { file: string; id: string }, b: { file: string; id: string }) => {
  const [x, y] = [`${a.file}#${a.id}`, `${b.file}#${b.id}`].sort();
  return `${kind}|${x}|${y}`;
};

function precisionRecall(predicted: Set<string>, truth: Set<string>) {
  const tp = [...predicted].filter((p) => truth.has(p)).length;
  return { precision: predicted.size ? tp / predicted.size : 1, recall: truth.size ? tp / truth.size : 1, tp, fp: predicted.size - tp, fn: truth.size - tp };
}

describe('portfolio matcher on a generated portfolio', () => {
  const generated = generatePortfolio();
  const portfolio = new Portfolio();
  for (const p of generated.projects) portfolio.upsert(digestProject(p.file, p.doc, { check: false }));
  const analysis = portfolio.analysis();

  it('has at least 40 projects from 15 agencies', () => {
    expect(analysis.projects.length).toBeGreaterThanOrEqual(40);
    expect(new Set(analysis.projects.map((p) => p.agencyKey)).size).toBe(15);
  });

  it('finds the planted duplicate applications and services with precision and recall ≥ 0.9 (001 §4.2.2 a)', () => {
    const truth = new Set(generated.duplicates.map((d) => key(d.kind, d.a, d.b)));
    const predicted = new Set(analysis.overlaps.filter((o) => o.kind === 'application' || o.kind === 'service').map((o) => key(o.kind, o.a, o.b)));
    const r = precisionRecall(predicted, truth);
    console.log(`portfolio overlaps: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (TP ${r.tp}, FP ${r.fp}, FN ${r.fn}; ${truth.size} planted pairs)`);
    for (const p of predicted) if (!truth.has(p)) console.log(`  false positive: ${p}`);
    for (const t of truth) if (!predicted.has(t)) console.log(`  missed: ${t}`);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the planted registry re-captures with precision and recall ≥ 0.9 (001 §2.6.1)', () => {
    const truth = new Set([...generated.recaptures].flatMap(([ref, files]) => [...files].map((f) => `${ref}|${f}`)));
    const predicted = new Set(analysis.registries.flatMap((r) => r.recapturedBy.map((c) => `${r.id}|${c.file}`)));
    const r = precisionRecall(predicted, truth);
    console.log(`registry re-captures: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (TP ${r.tp}, FP ${r.fp}, FN ${r.fn})`);
    for (const p of predicted) if (!truth.has(p)) console.log(`  false positive: ${p}`);
    for (const t of truth) if (!predicted.has(t)) console.log(`  missed: ${t}`);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });
});
