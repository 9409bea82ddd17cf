/**
 * The palette: element templates grouped by LMV band. Drag an item onto the canvas to place it
 * there, or press it (mouse or keyboard) to add it at the next free place of its band. While the
 * model is read-only (reviewer mode) it offers no templates, only a line saying why.
 */
import './palette.css';
import { memo, useDeferredValue, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BANDS } from '../../shared/model';
import { label, type Lang } from '../../shared/i18n';
import { useEditor } from '../state/editor';
import { addElement } from '../canvas/actions';
import { elementFromTemplate, PALETTE_MIME, PALETTE_TEMPLATES, templateLabel, type PaletteTemplate } from './templates';

function addFromTemplate(template: PaletteTemplate, lang: Lang) {
  const s = useEditor.getState();
  if (!s.history) return;
  addElement(elementFromTemplate(template, s.history.doc, lang, s.selection.elements));
}

function onDragStart(e: DragEvent<HTMLButtonElement>) {
  e.dataTransfer.setData(PALETTE_MIME, e.currentTarget.dataset.template ?? '');
  e.dataTransfer.effectAllowed = 'copy';
}

const PaletteItem = memo(function PaletteItem({ template, text, addLabel, lang }: { template: PaletteTemplate; text: string; addLabel: string; lang: Lang }) {
  return (
    <li>
      <button type="button" className={`palette-item k-${template.kind}`} draggable data-template={template.key} onDragStart={onDragStart} onClick={() => addFromTemplate(template, lang)}>
        <span className="palette-swatch" aria-hidden="true" />
        <span className="visually-hidden">{addLabel} </span>
        <span className="palette-text">{text}</span>
      </button>
    </li>
  );
});

/** The palette panel (renders nothing without an open project). */
export function Palette() {
  const { t, i18n } = useTranslation('canvas');
  const lang: Lang = i18n.language?.startsWith('en') ? 'en' : 'ms';
  const hasDoc = useEditor((s) => s.history !== null);
  const readOnly = useEditor((s) => s.readOnly !== null);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim().toLowerCase());
  const groups = useMemo(
    () =>
      BANDS.map((band, i) => ({
        band,
        no: i + 1,
        items: PALETTE_TEMPLATES.filter((p) => p.band === band)
          .map((p) => ({ p, text: templateLabel(p, lang), kind: label(lang, 'kind', p.kind) }))
          .filter(({ text, kind }) => !deferred || text.toLowerCase().includes(deferred) || kind.toLowerCase().includes(deferred)),
      })).filter((g) => g.items.length > 0),
    [lang, deferred],
  );
  if (!hasDoc) return null;
  if (readOnly) {
    return (
      <section className="lmv-palette" aria-labelledby="palette-title">
        <div className="side-head">
          <h2 id="palette-title">{t('palette.title')}</h2>
        </div>
        <p className="side-hint palette-read-only">{t('palette.readOnly')}</p>
      </section>
    );
  }
  return (
    <section className="lmv-palette" aria-labelledby="palette-title">
      <div className="side-head">
        <h2 id="palette-title">{t('palette.title')}</h2>
        <input type="search" className="side-search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('palette.search')} aria-label={t('palette.search')} />
      </div>
      <p className="side-hint">{t('palette.hint')}</p>
      {groups.map((g) => (
        <details key={g.band} className={`palette-group band-${g.band}`} open>
          <summary>
            <span className="palette-band-no">{g.no}</span> {label(lang, 'band', g.band)}
          </summary>
          <ul className="palette-list" aria-label={label(lang, 'band', g.band)}>
            {g.items.map(({ p, text }) => (
              <PaletteItem key={p.key} template={p} text={text} addLabel={t('palette.add')} lang={lang} />
            ))}
          </ul>
        </details>
      ))}
      {groups.length === 0 && <p className="side-empty">{t('palette.none')}</p>}
    </section>
  );
}
