import { useId } from 'react';
import {
  IMPACT_CATEGORIES,
  IMPACT_CATEGORY_INFO,
  IMPACT_RATING_LABELS,
  IMPACT_RATINGS,
  ratingLevel,
  TIME_BUCKETS,
  worstByBucket,
  type DerivedMtd,
  type ImpactGrid,
  type MtdThreshold,
} from '../../../shared/model/impact';

const WIDTH = 440;
const HEIGHT = 190;
const LEFT = 72;
const RIGHT = 30;
const TOP = 12;
const BOTTOM = 28;

/** One colour per category, told apart by colour-blind readers too (blue, orange, purple, green, red). */
const COLOURS = ['#1d4f91', '#c4620c', '#7a2e8e', '#1e7b3c', '#b42318'] as const;

const x = (bucket: number) => LEFT + (bucket * (WIDTH - LEFT - RIGHT)) / (TIME_BUCKETS.length - 1);
const y = (level: number) => TOP + ((4 - level) * (HEIGHT - TOP - BOTTOM)) / 4;

/** A small line chart of impact over time, with the intolerable level and the MTD marked. */
export function ImpactChart({
  impact,
  threshold,
  derived,
}: {
  impact: ImpactGrid;
  threshold: MtdThreshold;
  derived: DerivedMtd;
}) {
  const titleId = useId();
  const descId = useId();
  const worst = worstByBucket(impact);
  const summary = TIME_BUCKETS.map((bucket, index) => {
    const level = worst[index];
    return `${level == null ? 'not rated' : IMPACT_RATING_LABELS[IMPACT_RATINGS[level] ?? 'none']} after ${bucket.label}`;
  }).join(', ');
  const mtdBucket =
    derived.status === 'reached'
      ? TIME_BUCKETS.findIndex((bucket) => bucket.minutes === derived.minutes)
      : -1;

  return (
    <figure className="impact-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="impact-chart-svg"
      >
        <title id={titleId}>Impact over time</title>
        <desc id={descId}>Worst impact: {summary}.</desc>
        {IMPACT_RATINGS.map((rating, level) => (
          <g key={rating}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(level)} y2={y(level)} stroke="#e3e6eb" />
            <text x={LEFT - 8} y={y(level) + 4} textAnchor="end" fontSize="11" fill="#5a6474">
              {IMPACT_RATING_LABELS[rating]}
            </text>
          </g>
        ))}
        <line
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={y(ratingLevel(threshold))}
          y2={y(ratingLevel(threshold))}
          stroke="#b42318"
          strokeDasharray="4 3"
        />
        {TIME_BUCKETS.map((bucket, index) => (
          <text
            key={bucket.minutes}
            x={x(index)}
            y={HEIGHT - 8}
            textAnchor="middle"
            fontSize="11"
            fill="#5a6474"
          >
            {bucket.short}
          </text>
        ))}
        {mtdBucket >= 0 && (
          <g>
            <line
              x1={x(mtdBucket)}
              x2={x(mtdBucket)}
              y1={TOP}
              y2={HEIGHT - BOTTOM}
              stroke="#1b2330"
              strokeWidth="1.5"
            />
            <text x={x(mtdBucket) + 4} y={TOP + 10} fontSize="11" fontWeight="600" fill="#1b2330">
              MTD
            </text>
          </g>
        )}
        {IMPACT_CATEGORIES.map((category, index) => {
          const colour = COLOURS[index] ?? '#1b2330';
          const points = impact[category].map((rating, bucket) =>
            rating === null ? null : { cx: x(bucket), cy: y(ratingLevel(rating)) - (index - 2) * 1.5 },
          );
          return (
            <g key={category} stroke={colour} fill={colour}>
              {points.slice(1).map((point, bucket) => {
                const previous = points[bucket];
                return point && previous ? (
                  <line
                    key={bucket}
                    x1={previous.cx}
                    y1={previous.cy}
                    x2={point.cx}
                    y2={point.cy}
                    strokeWidth="2"
                  />
                ) : null;
              })}
              {points.map((point, bucket) => (point ? <circle key={bucket} {...point} r="3.5" /> : null))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="impact-chart-legend">
          {IMPACT_CATEGORIES.map((category, index) => (
            <li key={category}>
              <svg width="14" height="4" aria-hidden="true">
                <rect width="14" height="4" fill={COLOURS[index]} />
              </svg>
              {IMPACT_CATEGORY_INFO[category].label}
            </li>
          ))}
          <li>
            <svg width="14" height="4" aria-hidden="true">
              <line x1="0" x2="14" y1="2" y2="2" stroke="#b42318" strokeDasharray="4 3" strokeWidth="2" />
            </svg>
            Intolerable ({IMPACT_RATING_LABELS[threshold]})
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
