/**
 * Skip links, the first stops of the Tab order (shown when focused): straight to the canvas, the
 * inspector or the palette, past the menu bar and the side panels.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor';

const TARGETS = [
  { id: 'lmv-canvas', fallback: 'main', key: 'shell:skip.canvas' },
  { id: 'region-right', key: 'shell:skip.inspector' },
  { id: 'panel-palette', key: 'shell:skip.palette' },
] as const;

function jump(e: MouseEvent<HTMLAnchorElement>, id: string, fallback?: string) {
  e.preventDefault();
  const target = document.getElementById(id) ?? (fallback ? document.getElementById(fallback) : null);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/** The skip links (only while a project is open: the welcome screen is short). */
export function SkipLinks() {
  const { t } = useTranslation();
  const open = useEditor((s) => s.project !== null);
  if (!open) return null;
  return (
    <nav className="skip-links" aria-label={t('shell:skip.label')}>
      {TARGETS.map((s) => (
        <a key={s.id} href={`#${s.id}`} className="skip-link" onClick={(e) => jump(e, s.id, 'fallback' in s ? s.fallback : undefined)}>
          {t(s.key)}
        </a>
      ))}
    </nav>
  );
}
