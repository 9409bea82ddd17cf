/** Sector summary: counts by sector, category and E2E category, total cost, every project's check result, unreadable files. */
import { useTranslation } from 'react-i18next';
import type { PortfolioAnalysis } from '../../../shared/portfolio';
import { reasonText } from './text';

function Counts({ title, counts, group }: { title: string; counts: Record<string, number>; group: string }) {
  const { t } = useTranslation('portfolio');
  const { t: td } = useTranslation('domain');
  return (
    <div className="portfolio-counts">
      <h3>{title}</h3>
      <ul>
        {Object.entries(counts)
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => (
            <li key={k}>
              <span>{k === 'unset' ? t('summary.unset') : td(`${group}.${k}`)}</span> <strong>{n}</strong>
            </li>
          ))}
      </ul>
    </div>
  );
}

const rm = (n: number) => `RM ${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The summary tab. */
export function SummaryTab({ analysis }: { analysis: PortfolioAnalysis }) {
  const { t, i18n } = useTranslation('portfolio');
  const { t: td } = useTranslation('domain');
  const s = analysis.summary;
  return (
    <div className="portfolio-summary">
      <p className="portfolio-cost">
        {t('summary.cost')}: <strong>{rm(s.totalCost)}</strong> ({t('summary.costNote', { n: s.costedProjects, total: s.projects })})
      </p>
      <div className="portfolio-counts-row">
        <Counts title={t('summary.bySector')} counts={s.bySector} group="sector" />
        <Counts title={t('summary.byCategory')} counts={s.byCategory} group="projectCategory" />
        <Counts title={t('summary.byE2e')} counts={s.byE2e} group="e2eCategory" />
      </div>
      <h3>{t('summary.projects')}</h3>
      <table className="portfolio-table">
        <thead>
          <tr>
            <th scope="col">{t('summary.file')}</th>
            <th scope="col">{t('summary.title')}</th>
            <th scope="col">{t('summary.agency')}</th>
            <th scope="col">{t('summary.sector')}</th>
            <th scope="col">{t('summary.category')}</th>
            <th scope="col">{t('summary.errors')}</th>
            <th scope="col">{t('summary.warnings')}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.projects.map((p) => (
            <tr key={p.file}>
              <th scope="row">{p.file}</th>
              <td>{p.title}</td>
              <td>{p.agency}</td>
              <td>{p.sector ? td(`sector.${p.sector}`) : t('summary.unset')}</td>
              <td>{p.category ? td(`projectCategory.${p.category}`) : t('summary.unset')}</td>
              <td className={p.check?.errors ? 'portfolio-num portfolio-errors' : 'portfolio-num'}>{p.check?.errors ?? '–'}</td>
              <td className="portfolio-num">{p.check?.warnings ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {analysis.unreadable.length > 0 && (
        <>
          <h3>{t('summary.unreadable')}</h3>
          <table className="portfolio-table">
            <thead>
              <tr>
                <th scope="col">{t('summary.file')}</th>
                <th scope="col">{t('summary.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {analysis.unreadable.map((u) => (
                <tr key={u.file}>
                  <th scope="row">{u.file}</th>
                  <td>{reasonText(i18n, u.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
