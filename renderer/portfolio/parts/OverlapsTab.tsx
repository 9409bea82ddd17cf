/** Overlaps across projects: each pair with its score and reasons; each side opens in its project. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OVERLAP_KINDS, overlapReasons, type Overlap, type OverlapSide, type PortfolioAnalysis } from '../../../shared/portfolio';
import { openInPortfolio } from '../actions';
import { langOf } from './text';

function Side({ side, kind }: { side: OverlapSide; kind: Overlap['kind'] }) {
  const { t } = useTranslation('portfolio');
  return (
    <button type="button" className="portfolio-side" onClick={() => void openInPortfolio(side.file, side.id, kind === 'dataFlow')} aria-label={t('overlaps.open', { name: side.name, file: side.file })}>
      <span className="portfolio-side-name">{side.name}</span>
      <span className="portfolio-side-meta">
        {side.agency} · {side.file}
      </span>
    </button>
  );
}

/** The overlaps tab. */
export function OverlapsTab({ analysis }: { analysis: PortfolioAnalysis }) {
  const { t, i18n } = useTranslation('portfolio');
  const lang = langOf(i18n);
  const [kind, setKind] = useState<string>('all');
  const shown = analysis.overlaps.filter((o) => kind === 'all' || o.kind === kind).slice(0, 500);
  return (
    <div className="portfolio-overlaps">
      <p className="portfolio-intro">{t('overlaps.intro')}</p>
      <label className="portfolio-filter">
        {t('overlaps.filter')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="all">{t('overlaps.all')}</option>
          {OVERLAP_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`overlaps.kind.${k}`)} ({analysis.overlaps.filter((o) => o.kind === k).length})
            </option>
          ))}
        </select>
      </label>
      {shown.length === 0 && <p className="portfolio-none">{t('overlaps.none')}</p>}
      <ol className="portfolio-overlap-list">
        {shown.map((o) => (
          <li key={`${o.kind}:${o.a.file}:${o.a.id}:${o.b.file}:${o.b.id}`} className={`portfolio-overlap portfolio-overlap-${o.kind}`}>
            <div className="portfolio-overlap-head">
              <span className="portfolio-kind">{t(`overlaps.kind.${o.kind}`)}</span>
              <span className="portfolio-score">{t('overlaps.score', { score: o.score.toFixed(2) })}</span>
            </div>
            <div className="portfolio-pair">
              <Side side={o.a} kind={o.kind} />
              <span className="portfolio-pair-sep" aria-hidden="true">
                ↔
              </span>
              <Side side={o.b} kind={o.kind} />
            </div>
            <ul className="portfolio-reasons">
              {overlapReasons(o, lang).map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
