/**
 * A weekly bar chart drawn by Chartist (SVG; its labels are text in the page, so tests and print see them), with a
 * legend of our own and every number in a table under it for screen readers and keyboards (the SVG is hidden from
 * assistive technology). One bar (or stack) per week on a category axis, so one week of data is one bar, not a
 * time axis spread over years; counts get whole-number ticks; numbers are written the UI language's way.
 * Where the page cannot draw SVG charts (component tests), only the legend and the table are there.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '../../lib/coaching';
import { formatNumber, LOCALES } from '../../lib/i18n';
import { t } from '../i18n';
import { Disclosure } from '../ui/kit';

export interface Series {
  /** Stable key (a category or action id): the series keeps its colour whatever else is shown. */
  key: string;
  label: string;
  values: number[];
  /** 1–10: the colour token --savy-series-N. */
  color: number;
}

/** The Monday a week starts on, short ("17.11." in fi and sv, "17/11" in en). */
export function weekLabel(week: number, lang: Language): string {
  return new Date(week).toLocaleDateString(LOCALES[lang], { day: 'numeric', month: 'numeric', timeZone: 'UTC' });
}

/** The same, with the year: for the table and the report. */
export function weekLabelLong(week: number, lang: Language): string {
  return new Date(week).toLocaleDateString(LOCALES[lang], { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

/** Which week labels to print so that they do not run into each other (every one up to 12 weeks). */
export function labelEvery(weeks: number, widthPx: number): number {
  const fit = Math.max(1, Math.floor(widthPx / 48));
  return Math.max(1, Math.ceil(weeks / fit));
}

/**
 * Ticks for a value axis from 0: 3–6 round steps (1, 2, 2.5 or 5 times a power of ten; whole numbers for counts),
 * and the decimals they need, so that 0,25 is not printed as 0,3 next to 0,5.
 */
export function niceTicks(max: number, integer = false): { ticks: number[]; digits: number } {
  const top = max > 0 ? max : 1;
  let step = 1;
  for (const m of [1, 2, 2.5, 5, 10]) {
    const power = 10 ** Math.floor(Math.log10(top / 5));
    step = m * power;
    if (top / step <= 5) break;
  }
  if (integer) step = Math.max(1, Math.ceil(step));
  const ticks: number[] = [];
  const count = Math.ceil(top / step - 1e-9);
  for (let i = 0; i <= count; i++) ticks.push(Number((i * step).toFixed(6)));
  const digits = integer ? 0 : Math.max(0, ...ticks.map((v) => (String(v).split('.')[1] ?? '').length));
  return { ticks, digits };
}

/** The largest bar: a stack's total, or the tallest single bar. */
function largest(series: Series[], stacked: boolean): number {
  if (!series.length) return 0;
  const n = Math.max(...series.map((s) => s.values.length));
  let max = 0;
  for (let i = 0; i < n; i++) {
    const at = series.map((s) => s.values[i] ?? 0);
    max = Math.max(max, stacked ? at.reduce((a, b) => a + b, 0) : Math.max(...at));
  }
  return max;
}

function canDraw(): boolean {
  try {
    return (
      typeof window !== 'undefined' &&
      typeof window.SVGSVGElement === 'function' &&
      typeof (window.SVGSVGElement.prototype as { createSVGPoint?: unknown }).createSVGPoint === 'function'
    );
  } catch {
    return false;
  }
}

export function WeeklyChart(props: {
  id: string;
  title: string;
  /** What the numbers are ("per 100 words", "hints"): said beside the axis and in the table. */
  unit: string;
  weeks: number[];
  series: Series[];
  lang: Language;
  /** Counts: whole-number ticks only. */
  integer?: boolean;
  /** Stack the series (parts of one whole per week) instead of grouping them side by side. */
  stacked?: boolean;
  /** A sentence under the title: what the chart counts, which filters apply. */
  note?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const { weeks, series, lang, integer, stacked } = props;
  const shown = series.filter((s) => s.values.some((v) => v > 0));
  useEffect(() => {
    const el = box.current;
    if (!el || weeks.length === 0 || shown.length === 0 || !canDraw()) return;
    let chart: { detach(): void } | undefined;
    let cancelled = false;
    void import('chartist').then(({ BarChart, FixedScaleAxis }) => {
      if (cancelled) return;
      const { ticks, digits } = niceTicks(largest(shown, !!stacked), integer);
      const width = el.clientWidth || 600;
      const every = labelEvery(weeks.length, width - 60);
      const slot = (width - 60) / weeks.length;
      const groups = stacked ? 1 : shown.length;
      const bar = Math.max(3, Math.min(28, (slot * 0.7) / groups));
      try {
        const c = new BarChart(
          el,
          {
            labels: weeks.map((w, i) => (i % every === 0 ? weekLabel(w, lang) : '')),
            series: shown.map((s) => ({ name: s.label, data: s.values, className: `savy-s${s.color}` })),
          },
          {
            height: 220,
            stackBars: !!stacked,
            seriesBarDistance: bar + 2,
            chartPadding: { top: 20, right: 8, bottom: 4, left: 4 },
            axisX: { showGrid: false, offset: 28 },
            axisY: {
              type: FixedScaleAxis,
              ticks,
              low: 0,
              high: ticks[ticks.length - 1],
              offset: 44,
              labelInterpolationFnc: (v: unknown) => formatNumber(Number(v), lang, digits),
            },
          },
        );
        c.on('draw', (d: { type: string; element: { attr(a: Record<string, string>): void } }) => {
          if (d.type === 'bar') d.element.attr({ style: `stroke-width: ${bar}px` });
        });
        chart = c;
      } catch {
        // No chart (an old browser): the table still has every number.
      }
    });
    return () => {
      cancelled = true;
      chart?.detach();
      if (el) el.textContent = '';
    };
  }, [weeks, series, lang, integer, stacked]);

  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`} data-chart={props.id}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      {props.note && <p class="chart-note">{props.note}</p>}
      {weeks.length === 0 || shown.length === 0 ? (
        <p class="empty">{t('progress_noData')}</p>
      ) : (
        <>
          <ul class="legend" aria-label={t('progress_legend')}>
            {shown.map((s) => (
              <li key={s.key}>
                <span class={`swatch savy-s${s.color}`} aria-hidden="true" />
                {s.label}
              </li>
            ))}
          </ul>
          <div class="plot-row">
            <span class="axis-unit" aria-hidden="true">
              {props.unit}
            </span>
            <div ref={box} class="plot" aria-hidden="true" />
          </div>
          <Disclosure summary={t('progress_showTable')} class="chart-table">
            <div class="table-scroll">
              <table class="data">
                <caption class="sr-only">
                  {props.title} ({props.unit})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('progress_week')}</th>
                    {shown.map((s) => (
                      <th scope="col" class="num" key={s.key}>
                        {s.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((w, i) => (
                    <tr key={w}>
                      <th scope="row">{weekLabelLong(w, lang)}</th>
                      {shown.map((s) => (
                        <td class="num" key={s.key}>
                          {formatNumber(s.values[i] ?? 0, lang)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Disclosure>
        </>
      )}
    </figure>
  );
}
