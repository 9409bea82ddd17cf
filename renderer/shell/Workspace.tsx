/**
 * The editing workspace: palette and model tree on the left, the centre panels as tabs (LMV canvas,
 * Maklumat Projek, catalogue…), the inspector on the right and the problems panel at the bottom.
 * Panels come from the registry, each inside its own error boundary.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { panelsIn, type PanelRegion } from './registry';
import { SlotBoundary } from './SlotBoundary';
import { useShell } from './shellStore';
import { ImportBanner } from '../proposal/ImportBanner';

function RegionPanels({ region }: { region: Exclude<PanelRegion, 'centre'> }) {
  const { t } = useTranslation();
  return (
    <>
      {panelsIn(region).map((p) => (
        <div key={p.id} className={`panel panel-${p.id}`} data-panel={p.id}>
          <SlotBoundary panel={t(p.labelKey)}>
            <p.component />
          </SlotBoundary>
        </div>
      ))}
    </>
  );
}

function CentreTabs() {
  const { t } = useTranslation();
  const panels = panelsIn('centre');
  const current = useShell((s) => s.centrePanel);
  const show = useShell((s) => s.showCentre);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const active = panels.find((p) => p.id === current) ?? panels[0];
  if (!active) return null;

  const onKey = (e: KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? panels.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const n = (next + panels.length) % panels.length;
    show(panels[n].id);
    tabs.current[n]?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label={t('shell:workspace.tabs')} className="tabs">
        {panels.map((p, i) => (
          <button
            key={p.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${p.id}`}
            aria-selected={p.id === active.id}
            aria-controls={`tabpanel-${p.id}`}
            tabIndex={p.id === active.id ? 0 : -1}
            className="tab"
            onClick={() => show(p.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t(p.labelKey)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${active.id}`} aria-labelledby={`tab-${active.id}`} className={`tabpanel tabpanel-${active.id}`} tabIndex={0}>
        <SlotBoundary key={active.id} panel={t(active.labelKey)}>
          <active.component />
        </SlotBoundary>
      </div>
    </>
  );
}

/** The workspace of an open project. */
export function Workspace() {
  const { t } = useTranslation();
  const hidden = useShell((s) => s.hidden);
  const classes = ['workspace', hidden.left && 'no-left', hidden.right && 'no-right', hidden.bottom && 'no-bottom'].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      {!hidden.left && (
        <aside className="region region-left" aria-label={t('shell:workspace.left')}>
          <RegionPanels region="left" />
        </aside>
      )}
      <main className="region region-centre" id="main">
        <ImportBanner />
        <CentreTabs />
      </main>
      {!hidden.right && (
        <aside className="region region-right" aria-label={t('shell:workspace.right')}>
          <RegionPanels region="right" />
        </aside>
      )}
      {!hidden.bottom && (
        <section className="region region-bottom" aria-label={t('shell:workspace.bottom')}>
          <RegionPanels region="bottom" />
        </section>
      )}
    </div>
  );
}
