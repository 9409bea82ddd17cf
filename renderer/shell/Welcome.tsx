/** The start screen when no project is open: new, the 001 §3.3.4 example, open, recent projects. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BANDS } from '../../shared/model';
import { useEditor } from '../state/editor';
import { isBrowserApi } from '../backend/browser/browser-api';
import { useShell } from './shellStore';
import { newFromExample, newProject, openProject } from './actions';
import { formatDateTime } from './format';

/** Welcome screen. */
export function Welcome() {
  const { t, i18n } = useTranslation();
  const recent = useShell((s) => s.recent);
  const edition = useEditor((s) => s.api?.edition ?? 'browser');
  const storage = useEditor((s) => (s.api && isBrowserApi(s.api) ? s.api.storage : null));
  // where projects live, as this edition keeps them
  const noteKey =
    edition !== 'browser' ? 'shell:welcome.desktopNote' : storage?.singleFile ? 'storage:welcome.singleFile' : storage?.realFiles ? 'storage:welcome.realFiles' : 'shell:welcome.browserNote';
  const headingId = useId();
  const recentId = useId();
  return (
    <main className="welcome" id="main" aria-labelledby={headingId}>
      <div className="welcome-inner">
        <div className="welcome-hero">
          <h1 id={headingId}>{t('shell:welcome.heading')}</h1>
          <p className="welcome-intro">{t('shell:welcome.intro')}</p>
          <ol className="welcome-bands" aria-hidden="true">
            {BANDS.map((b, i) => (
              <li key={b} className={`welcome-band welcome-band-${b}`}>
                <span className="welcome-band-no">{i + 1}</span> {t(`domain:band.${b}`)}
              </li>
            ))}
          </ol>
        </div>
        <div className="welcome-columns">
          <section className="welcome-card" aria-labelledby={`${headingId}-start`}>
            <h2 id={`${headingId}-start`}>{t('shell:welcome.start')}</h2>
            <div className="welcome-actions">
              <button type="button" className="btn btn-primary btn-large" onClick={() => void newProject()}>
                {t('shell:welcome.new')}
              </button>
              <button type="button" className="btn btn-large" onClick={() => void newFromExample()}>
                <span>{t('shell:welcome.newFromExample')}</span>
                <span className="btn-sub">{t('shell:welcome.exampleHint')}</span>
              </button>
              <button type="button" className="btn btn-large" onClick={() => void openProject()}>
                {t('shell:welcome.open')}
              </button>
            </div>
          </section>
          <section className="welcome-card" aria-labelledby={recentId}>
            <h2 id={recentId}>{t('shell:welcome.recent')}</h2>
            {recent.length === 0 ? (
              <p className="muted">{t('shell:welcome.noRecent')}</p>
            ) : (
              <ul className="recent-list">
                {recent.map((r) => (
                  <li key={r.ref}>
                    <button type="button" className="recent-item" onClick={() => void openProject(r.ref)}>
                      <span className="recent-name">{r.displayName}</span>
                      <span className="recent-when">{formatDateTime(r.openedAt, i18n.language)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <p className="welcome-note">{t(noteKey)}</p>
      </div>
    </main>
  );
}
