import { Link } from 'wouter';
import {
  IMPACT_INFO,
  LIKELIHOOD_INFO,
  RATINGS,
  RISK_BAND_INFO,
  riskRating,
  type Scenario,
} from '../../../shared/model/scenario';
import { plural } from '../../components/format';

/**
 * The 5×5 risk matrix as a real table: likelihood across, impact down (worst
 * at the top), each cell naming its band and score in words and listing the
 * scenarios that sit there, so a screen reader hears the same as the eye sees.
 */
export function RiskMatrix({ scenarios }: { scenarios: readonly Scenario[] }) {
  const unrated = scenarios.filter((scenario) => riskRating(scenario.likelihood, scenario.impact) === null);
  return (
    <section className="form-section" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Risk matrix</h2>
      <p className="page-lede">
        Each scenario sits where its likelihood and impact meet. The further up and right, the more it is
        worth protecting against.
      </p>
      <div className="risk-matrix-wrap">
        <table className="risk-matrix" aria-labelledby="matrix-heading">
          <thead>
            <tr>
              <td className="risk-matrix-corner">
                <span className="risk-axis">Likelihood →</span>
                <span className="risk-axis">Impact ↓</span>
              </td>
              {RATINGS.map((likelihood) => (
                <th key={likelihood} scope="col">
                  {likelihood} {LIKELIHOOD_INFO[likelihood].label}
                  <span className="risk-matrix-hint">{LIKELIHOOD_INFO[likelihood].hint}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...RATINGS].reverse().map((impact) => (
              <tr key={impact}>
                <th scope="row">
                  {impact} {IMPACT_INFO[impact].label}
                </th>
                {RATINGS.map((likelihood) => {
                  const rating = riskRating(likelihood, impact);
                  const here = scenarios.filter(
                    (scenario) => scenario.likelihood === likelihood && scenario.impact === impact,
                  );
                  if (!rating) return null;
                  return (
                    <td key={likelihood} className={`risk-cell risk-${rating.band}`}>
                      <span className="risk-cell-band">
                        {RISK_BAND_INFO[rating.band].label} · {rating.score}
                      </span>
                      {here.length > 0 && (
                        <ul
                          className="risk-cell-list"
                          aria-label={`${plural(here.length, 'scenario', 'scenarios')} here`}
                        >
                          {here.map((scenario) => (
                            <li key={scenario.id}>
                              <Link href={`/scenarios/${scenario.id}`}>{scenario.name}</Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unrated.length > 0 && (
        <p className="field-help risk-unrated">
          Not in the matrix yet, because likelihood or impact is not rated:{' '}
          {unrated.map((scenario, index) => (
            <span key={scenario.id}>
              {index > 0 && ', '}
              <Link href={`/scenarios/${scenario.id}`}>{scenario.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
    </section>
  );
}
