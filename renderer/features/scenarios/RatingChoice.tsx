import {
  IMPACT_INFO,
  LIKELIHOOD_INFO,
  RATINGS,
  type Rating,
  type Scenario,
} from '../../../shared/model/scenario';
import { useServices } from '../../app/services';
import { useIsUnsaved } from '../../autosave/useIsUnsaved';
import { usePendingValues } from '../../autosave/usePendingValues';
import { updateScenario } from './scenario-repository';

const SCALES = {
  likelihood: {
    legend: 'Likelihood',
    question: 'How often does this happen to organisations like this one?',
    info: LIKELIHOOD_INFO,
  },
  impact: { legend: 'Impact', question: 'If it happened, how badly would it hurt?', info: IMPACT_INFO },
} as const;

/**
 * A 1–5 rating as a radio group: each choice shows its meaning, arrow keys move
 * between them, and every choice is saved at once. "Not rated yet" takes the
 * rating back out.
 */
export function RatingChoice({ scenario, field }: { scenario: Scenario; field: 'likelihood' | 'impact' }) {
  const { db, saveTracker } = useServices();
  const chosen = usePendingValues<Rating | null>(() => scenario[field]);
  const isUnsaved = useIsUnsaved();
  const scale = SCALES[field];
  const key = `scenario:${scenario.id}:${field}`;
  const name = `${key}:choice`;
  const value = chosen.value(field);

  const choose = (rating: Rating | null) => {
    chosen.set(field, rating);
    void saveTracker.run(key, `${scale.legend} of “${scenario.name || 'unnamed scenario'}”`, () =>
      updateScenario(db, scenario.id, { [field]: rating }),
    );
  };

  return (
    <fieldset className="checkbox-group rating-choice">
      <legend className="field-label">{scale.legend}</legend>
      <p className="field-help">{scale.question}</p>
      <ul className="rating-options">
        {RATINGS.map((rating) => (
          <li key={rating}>
            <label className="rating-option">
              <input
                type="radio"
                name={name}
                checked={value === rating}
                onChange={() => {
                  choose(rating);
                }}
              />
              <span>
                <span className="rating-label">
                  {rating} {scale.info[rating].label}
                </span>
                <span className="rating-hint"> – {scale.info[rating].hint}</span>
              </span>
            </label>
          </li>
        ))}
        <li>
          <label className="rating-option">
            <input
              type="radio"
              name={name}
              checked={value === null}
              onChange={() => {
                choose(null);
              }}
            />
            <span className="muted">Not rated yet</span>
          </label>
        </li>
      </ul>
      {isUnsaved(key) && <p className="field-error">Not saved: see the status bar.</p>}
    </fieldset>
  );
}
