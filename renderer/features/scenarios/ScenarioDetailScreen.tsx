import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import type { Plan } from '../../../shared/model/plan';
import {
  IMPACT_INFO,
  LIKELIHOOD_INFO,
  RISK_BAND_INFO,
  riskBandRanges,
  riskRating,
  type Scenario,
} from '../../../shared/model/scenario';
import { useServices } from '../../app/services';
import { whatIfPath } from '../what-if/useFailedIds';
import { AffectedSystems } from './AffectedSystems';
import { Mitigations } from './Mitigations';
import { RatingChoice } from './RatingChoice';
import { RiskBadge } from './RiskBadge';
import { ScenarioField } from './ScenarioField';
import { useScenarioActions } from './useScenarioActions';
import './scenarios.css';

/** One scenario: what happens, how likely and how bad, what it takes down, how it is noticed, what helps. */
export function ScenarioDetailScreen({ plan, scenarioId }: { plan: Plan; scenarioId: string }) {
  const { db } = useServices();
  const [, navigate] = useLocation();
  const { remove } = useScenarioActions();
  const scenario = useLiveQuery(async () => (await db.scenarios.get(scenarioId)) ?? null, [db, scenarioId]);

  if (scenario === undefined) return null;
  if (scenario?.planId !== plan.id) {
    return (
      <main className="page">
        <h1>Scenario not found</h1>
        <p>It may have been deleted.</p>
        <Link href="/scenarios">Back to all scenarios</Link>
      </main>
    );
  }

  return (
    <main className="page scenario-detail" aria-labelledby="scenario-heading">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/scenarios">← All scenarios</Link>
      </nav>
      <div className="page-header">
        <h1 id="scenario-heading">{scenario.name || 'Unnamed scenario'}</h1>
        <div className="page-actions">
          {scenario.affectedSystemIds.length > 0 && (
            <Link href={whatIfPath(plan.id, scenario.affectedSystemIds, scenario.id)} className="button">
              Simulate this scenario →
            </Link>
          )}
          <Button
            className="button button-danger-quiet"
            onPress={() => {
              navigate('/scenarios');
              void remove(scenario);
            }}
          >
            Delete scenario
          </Button>
        </div>
      </div>

      <section className="form-section" aria-labelledby="about-heading">
        <h2 id="about-heading">What happens</h2>
        <div className="form-grid">
          <ScenarioField
            scenario={scenario}
            field="name"
            label="Name"
            control={{ kind: 'text' }}
            className="span-2"
          />
          <ScenarioField
            scenario={scenario}
            field="description"
            label="Description"
            help="What goes wrong and what it means for the organisation."
            control={{ kind: 'textarea', rows: 4 }}
            className="span-2"
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="risk-heading">
        <h2 id="risk-heading">How likely, and how bad</h2>
        <div className="panel risk-panel">
          <RatingChoice scenario={scenario} field="likelihood" />
          <RatingChoice scenario={scenario} field="impact" />
          <RiskVerdict scenario={scenario} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="systems-heading">
        <h2 id="systems-heading">Systems it takes down</h2>
        <div className="panel">
          <AffectedSystems scenario={scenario} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="detection-heading">
        <h2 id="detection-heading">How you would notice</h2>
        <div className="form-grid">
          <ScenarioField
            scenario={scenario}
            field="detection"
            label="How it is detected"
            help="The alarm, monitoring or report that tells you it is happening, and who gets it."
            placeholder="e.g. The monitoring service texts the IT manager when the server stops answering."
            control={{ kind: 'textarea', rows: 3 }}
            className="span-2"
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="mitigations-heading">
        <h2 id="mitigations-heading">Mitigations</h2>
        <Mitigations scenario={scenario} />
      </section>
    </main>
  );
}

/** The risk this gives, said in words: the band, its score, and what it suggests doing. */
function RiskVerdict({ scenario }: { scenario: Scenario }) {
  const rating = riskRating(scenario.likelihood, scenario.impact);
  return (
    <div className="derived risk-verdict" aria-live="polite">
      <p className="field-label">Risk</p>
      <p className="derived-value" data-testid="scenario-risk">
        <RiskBadge scenario={scenario} />
      </p>
      <p className="field-help">
        {rating && scenario.likelihood !== null && scenario.impact !== null
          ? `${LIKELIHOOD_INFO[scenario.likelihood].label} (${scenario.likelihood}) × ${IMPACT_INFO[scenario.impact].label} (${scenario.impact}) = ${rating.score} of 25: ${RISK_BAND_INFO[rating.band].hint}.`
          : 'Choose a likelihood and an impact to see the risk.'}
      </p>
      <p className="field-help">{riskBandRanges()}</p>
    </div>
  );
}
