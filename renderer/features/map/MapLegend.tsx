import { EDGE_STYLE, MARKER_STYLE, TIER_STYLE } from '../../../shared/map/map-style';

/** What the colours, shapes, badges and lines mean: the same legend the exported picture carries. */
export function MapLegend() {
  return (
    <section className="map-legend" aria-label="Legend">
      <ul className="map-legend-row">
        {Object.values(TIER_STYLE).map((tier) => (
          <li key={tier.label}>
            <span className="map-legend-swatch" style={{ background: tier.fill, borderColor: tier.stroke }} />
            {tier.label}
          </li>
        ))}
      </ul>
      <ul className="map-legend-row">
        <li>
          <span className="map-legend-shape map-legend-process" /> Process
        </li>
        <li>
          <span className="map-legend-shape" /> System
        </li>
        {Object.values(MARKER_STYLE).map((marker) => (
          <li key={marker.label}>
            <span className="map-badge" style={{ background: marker.fill }}>
              {marker.label}
            </span>
            {marker.legend}
          </li>
        ))}
      </ul>
      <ul className="map-legend-row">
        {Object.entries(EDGE_STYLE).map(([kind, style]) => (
          <li key={kind}>
            <svg width="48" height="12" aria-hidden="true" focusable="false">
              <line
                x1="2"
                y1="6"
                x2="38"
                y2="6"
                stroke={style.stroke}
                strokeWidth={style.width}
                strokeDasharray={style.dash ?? undefined}
                strokeLinecap={kind === 'alternatives' ? 'round' : undefined}
              />
              <path d="M38,2 L46,6 L38,10 z" fill={style.stroke} />
            </svg>
            {style.label}
            {kind === 'alternatives' && ' (marked “or”)'}
          </li>
        ))}
        <li className="muted">Arrows point from what needs to what it needs.</li>
      </ul>
    </section>
  );
}
