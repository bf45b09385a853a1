import { RISK_BAND_INFO, riskRating, type Scenario } from '../../../shared/model/scenario';

/** The risk band as a word and a score, coloured to support the word, never to replace it. */
export function RiskBadge({ scenario }: { scenario: Pick<Scenario, 'likelihood' | 'impact'> }) {
  const rating = riskRating(scenario.likelihood, scenario.impact);
  if (!rating) return <span className="muted">Not rated yet</span>;
  return (
    <span className={`risk-badge risk-${rating.band}`}>
      {RISK_BAND_INFO[rating.band].label}
      <span className="risk-score"> · {rating.score}</span>
    </span>
  );
}
