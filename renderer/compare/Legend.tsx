/** The colour key of the compare and merge marks, shared by the panel and the canvas overlay. */
import { useTranslation } from 'react-i18next';
import type { Comparison } from './useComparison';

/** Colour key of the canvas marks. */
export function CompareLegend({ counts }: { counts?: Partial<Record<'added' | 'changed' | 'moved' | 'removed' | 'conflict', number>> }) {
  const { t } = useTranslation('compare');
  const keys = (['added', 'changed', 'moved', 'removed', 'conflict'] as const).filter((k) => counts?.[k] !== undefined);
  return (
    <ul className="compare-legend" aria-label={t('legend.label')}>
      {keys.map((k) => (
        <li key={k}>
          <span className={`compare-swatch mark-${k}`} aria-hidden="true" />
          {t(`legend.${k}`, { count: counts?.[k] ?? 0 })}
        </li>
      ))}
    </ul>
  );
}

/** Counts of the canvas marks of a comparison. */
export function markCounts(c: Comparison) {
  const counts = { added: 0, changed: 0, moved: 0, removed: 0 };
  for (const m of c.marks.values()) counts[m]++;
  return counts;
}

