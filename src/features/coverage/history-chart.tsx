import { useId, type JSX } from 'react';
import { statusTotal } from '../../shared/model/coverage';
import type { CoverageYear } from '../../shared/model/coverage-history';
import { COVERAGE_STYLE, PATTERN_INK } from '../../shared/ui/coverage-style';
import { historyBars, type ChartBox, type HistoryMetric } from './model/history-chart';
import { campaignStrings } from './strings';

const t = campaignStrings.history;
const BOX: ChartBox = { width: 340, height: 120, left: 30, bottom: 16 };
/** Space above each panel for its heading. */
const HEAD = 16;
const TICKS = [0, 0.5, 1];

/**
 * Two small stacked bar charts (gemeenten, inwoners) of the states per year, drawn with the
 * map's colours and patterns (hatched `niet`, dotted `verouderd`), so colour is never the only
 * cue. The chart is a picture with a text summary; the numbers are in the table twin beside it.
 */
export function HistoryChart({
  years,
  selected,
}: {
  years: readonly CoverageYear[];
  selected: number;
}): JSX.Element {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const first = years[0];
  const last = years.at(-1);
  const known = (y: CoverageYear | undefined) =>
    y ? statusTotal(y.totals.gemeenten, 'wel') + statusTotal(y.totals.gemeenten, 'niet') : 0;
  return (
    <figure className="coverage-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${BOX.width} ${(BOX.height + HEAD) * 2}`}
        width="100%"
      >
        <title id={`${id}-title`}>{t.chartTitle}</title>
        <desc id={`${id}-desc`}>
          {t.chartDesc(first?.year ?? 0, last?.year ?? 0, known(first), known(last))}
        </desc>
        <defs>
          <pattern
            id={`${id}-hatch`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="2" height="6" fill={PATTERN_INK.hatch} />
          </pattern>
          <pattern id={`${id}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
            <circle cx="2.5" cy="2.5" r="1" fill={PATTERN_INK.dots} />
          </pattern>
        </defs>
        <Panel years={years} metric="gemeenten" selected={selected} offset={HEAD} patternId={id} />
        <Panel
          years={years}
          metric="inwoners"
          selected={selected}
          offset={BOX.height + HEAD * 2}
          patternId={id}
        />
      </svg>
    </figure>
  );
}

function Panel({
  years,
  metric,
  selected,
  offset,
  patternId,
}: {
  years: readonly CoverageYear[];
  metric: HistoryMetric;
  selected: number;
  offset: number;
  patternId: string;
}): JSX.Element {
  const bars = historyBars(years, metric, BOX);
  const plotHeight = BOX.height - BOX.bottom;
  return (
    <g transform={`translate(0 ${offset})`}>
      <text x={0} y={-7} className="coverage-chart__heading">
        {metric === 'gemeenten' ? t.chartGemeenten : t.chartInwoners}
      </text>
      {TICKS.map((tick) => (
        <g key={tick}>
          <line
            x1={BOX.left - 3}
            x2={BOX.width}
            y1={plotHeight * (1 - tick)}
            y2={plotHeight * (1 - tick)}
            className="coverage-chart__grid"
          />
          <text x={BOX.left - 5} y={plotHeight * (1 - tick) + 3} textAnchor="end">
            {`${Math.round(tick * 100)}%`}
          </text>
        </g>
      ))}
      {bars.map((bar) => (
        <g key={bar.year}>
          {bar.segments.map((segment) =>
            segment.height > 0 ? (
              <g key={segment.state}>
                <rect
                  x={bar.x}
                  y={segment.y}
                  width={bar.width}
                  height={segment.height}
                  fill={COVERAGE_STYLE[segment.state].fill}
                />
                {COVERAGE_STYLE[segment.state].hatched ? (
                  <rect
                    x={bar.x}
                    y={segment.y}
                    width={bar.width}
                    height={segment.height}
                    fill={`url(#${patternId}-hatch)`}
                  />
                ) : null}
                {COVERAGE_STYLE[segment.state].dotted ? (
                  <rect
                    x={bar.x}
                    y={segment.y}
                    width={bar.width}
                    height={segment.height}
                    fill={`url(#${patternId}-dots)`}
                  />
                ) : null}
              </g>
            ) : null,
          )}
          {bar.year === selected ? (
            <rect
              x={bar.x - 1}
              y={-1}
              width={bar.width + 2}
              height={plotHeight + 2}
              className="coverage-chart__selected"
            />
          ) : null}
          {bar.year === selected || (bar.labelled && Math.abs(bar.year - selected) >= 2) ? (
            <text
              x={bar === bars.at(-1) ? bar.x + bar.width : bar.x + bar.width / 2}
              y={plotHeight + 12}
              textAnchor={bar === bars.at(-1) ? 'end' : 'middle'}
              className={bar.year === selected ? 'coverage-chart__year--selected' : undefined}
            >
              {bar.year}
            </text>
          ) : null}
        </g>
      ))}
    </g>
  );
}
