/**
 * A weekly line chart drawn by uPlot, with the same numbers as a table for screen readers and keyboards
 * (the canvas is hidden from assistive technology). Where there is no canvas (tests), only the table is shown.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

export interface Series {
  label: string;
  values: number[];
  color: string;
}

export const PALETTE = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7f8c', '#57606a', '#fb8500', '#6e7781'];

export function weekLabel(week: number, lang: string): string {
  return new Date(week).toLocaleDateString(lang, { day: 'numeric', month: 'numeric', year: '2-digit', timeZone: 'UTC' });
}

function canDraw(): boolean {
  try {
    return typeof document !== 'undefined' && !!document.createElement('canvas').getContext?.('2d') && typeof matchMedia === 'function';
  } catch {
    return false;
  }
}

export function WeeklyChart(props: { id: string; title: string; unit: string; weeks: number[]; series: Series[]; lang: string; max?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const { weeks, series } = props;
  useEffect(() => {
    const el = box.current;
    if (!el || weeks.length === 0 || series.length === 0 || !canDraw()) return;
    let plot: { destroy(): void } | undefined;
    let cancelled = false;
    void import('uplot').then(({ default: uPlot }) => {
      if (cancelled) return;
      try {
        plot = new uPlot(
          {
            width: Math.max(280, Math.min(720, el.clientWidth || 640)),
            height: 220,
            scales: { x: { time: true }, y: props.max ? { range: [0, props.max] } : { range: (_u, _min, max) => [0, Math.max(1, max)] } },
            axes: [{}, { label: props.unit, size: 50 }],
            series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: weeks.length < 60 } }))],
          },
          [weeks.map((w) => w / 1000), ...series.map((s) => s.values)],
          el,
        );
      } catch {
        // No chart (an old browser): the table below still has every number.
      }
    });
    return () => {
      cancelled = true;
      plot?.destroy();
    };
  }, [weeks, series, props.max, props.unit]);

  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      {weeks.length === 0 ? (
        <p class="empty">{t('progress_noData')}</p>
      ) : (
        <>
          <div ref={box} class="plot" aria-hidden="true" />
          <details>
            <summary>{t('progress_showTable')}</summary>
            <div class="table-scroll">
              <table>
                <caption class="sr-only">{props.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('progress_week')}</th>
                    {series.map((s) => (
                      <th scope="col" key={s.label}>
                        {s.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((w, i) => (
                    <tr key={w}>
                      <th scope="row">{weekLabel(w, props.lang)}</th>
                      {series.map((s) => (
                        <td key={s.label}>{s.values[i]}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}
