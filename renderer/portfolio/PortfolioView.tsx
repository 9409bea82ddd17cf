/**
 * The sector portfolio view (File › Open portfolio…): a full-window panel over the workspace with
 * the overlaps, the registry heat map, DPI adoption, agency flows and the sector summary. Every
 * element it names opens in its project on click. Progress and Cancel while the worker reads.
 */
import './portfolio.css';
import { useTranslation } from 'react-i18next';
import { usePortfolio, type PortfolioTab } from './portfolioStore';
import { cancelPortfolio, closePortfolio, exportPortfolioReport, hidePortfolio } from './actions';
import { OverlapsTab } from './parts/OverlapsTab';
import { RegistryTab } from './parts/RegistryTab';
import { DpiTab, FlowsTab } from './parts/DpiFlowsTabs';
import { SummaryTab } from './parts/SummaryTab';
import { langOf, reasonText } from './parts/text';

const TABS: PortfolioTab[] = ['overlaps', 'registries', 'dpi', 'flows', 'summary'];

function Progress() {
  const { t } = useTranslation('portfolio');
  const progress = usePortfolio((s) => s.progress);
  const text = !progress ? t('progress.start') : progress.stage === 'read' ? t('progress.read', { done: progress.done, total: progress.total }) : t(`progress.${progress.stage}`);
  const value = progress && (progress.stage === 'read' || progress.stage === 'report') && progress.total ? progress.done / progress.total : undefined;
  return (
    <div className="portfolio-progress" role="status">
      <p>{text}</p>
      <progress max={1} value={value} aria-label={text} />
      <button type="button" className="btn" onClick={cancelPortfolio}>
        {t('view.cancel')}
      </button>
    </div>
  );
}

/** The portfolio view, when shown. */
export function PortfolioView() {
  const { t, i18n } = useTranslation('portfolio');
  const { visible, source, analysis, phase, error, tab } = usePortfolio();
  if (!visible) return null;
  const agencies = analysis ? new Set(analysis.projects.map((p) => p.agencyKey)).size : 0;
  return (
    <section className="portfolio-view" aria-label={t('view.label')}>
      <header className="portfolio-head">
        <div>
          <h2 className="portfolio-title">{t('view.title', { name: source?.name ?? '' })}</h2>
          {analysis && (
            <p className="portfolio-subtitle">
              {t('view.subtitle', { projects: analysis.projects.length, agencies, overlaps: analysis.overlaps.length, unreadable: analysis.unreadable.length })}
              {source?.watched && <span className="portfolio-watched"> · {t('view.watched')}</span>}
            </p>
          )}
        </div>
        <div className="portfolio-head-actions">
          {analysis && (
            <button type="button" className="btn" disabled={phase === 'running'} onClick={() => void exportPortfolioReport(langOf(i18n), (r) => reasonText(i18n, r))}>
              {t('view.exportPdf')}
            </button>
          )}
          <button type="button" className="btn" onClick={hidePortfolio}>
            {t('view.hide')}
          </button>
          <button type="button" className="btn" onClick={() => void closePortfolio()}>
            {t('view.close')}
          </button>
        </div>
      </header>
      {phase === 'running' && <Progress />}
      {phase === 'error' && error && (
        <p className="portfolio-error" role="alert">
          {reasonText(i18n, error)}
        </p>
      )}
      {analysis && (
        <>
          <div className="portfolio-tabs" role="tablist" aria-label={t('view.tabs')}>
            {TABS.map((id) => (
              <button key={id} type="button" role="tab" id={`portfolio-tab-${id}`} aria-selected={tab === id} aria-controls={`portfolio-panel-${id}`} className={tab === id ? 'portfolio-tab active' : 'portfolio-tab'} onClick={() => usePortfolio.setState({ tab: id })}>
                {t(`tab.${id}`)}
                {id === 'overlaps' ? ` (${analysis.overlaps.length})` : ''}
              </button>
            ))}
          </div>
          <div className="portfolio-panel" role="tabpanel" id={`portfolio-panel-${tab}`} aria-labelledby={`portfolio-tab-${tab}`}>
            {tab === 'overlaps' && <OverlapsTab analysis={analysis} />}
            {tab === 'registries' && <RegistryTab analysis={analysis} />}
            {tab === 'dpi' && <DpiTab analysis={analysis} />}
            {tab === 'flows' && <FlowsTab analysis={analysis} />}
            {tab === 'summary' && <SummaryTab analysis={analysis} />}
          </div>
        </>
      )}
    </section>
  );
}
