import { useId, useState, type SyntheticEvent } from 'react';
import { Button } from 'react-aria-components';
import { stepFieldSchemas, type Runbook } from '../../../shared/model/runbook';
import { validate } from '../../../shared/model/validation';
import { STEP_TEMPLATES } from '../../../shared/runbooks/step-templates';
import { useServices } from '../../app/services';
import { addStep, addStepFromTemplate } from './runbook-repository';

/** Add a step by its title (Enter), or insert a ready-made one from a template at a chosen place. */
export function AddStepForm({ runbook }: { runbook: Runbook }) {
  const { db, saveTracker } = useServices();
  const id = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [template, setTemplate] = useState(STEP_TEMPLATES[0]?.key ?? '');
  const [position, setPosition] = useState('end');

  const add = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = validate(stepFieldSchemas.title, title);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    const ok = await saveTracker.run(`runbook:${runbook.id}:add-step`, `New step “${checked.value}”`, () =>
      addStep(db, runbook.id, checked.value),
    );
    if (ok) setTitle('');
  };

  const insert = async (event: SyntheticEvent) => {
    event.preventDefault();
    const at = position === 'end' ? null : Number(position);
    await saveTracker.run(`runbook:${runbook.id}:add-template`, 'Step from a template', () =>
      addStepFromTemplate(db, runbook.id, template, at),
    );
  };

  return (
    <div className="add-step panel">
      <form className="add-step-row" onSubmit={(event) => void add(event)}>
        <div className="field">
          <label htmlFor={id} className="field-label">
            New step
          </label>
          <input
            id={id}
            className="control"
            value={title}
            placeholder="What to do, e.g. “Stop the order service”"
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-help`}
            onChange={(event) => {
              setTitle(event.target.value);
              setError(null);
            }}
          />
          {error ? (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          ) : (
            <p id={`${id}-help`} className="field-help">
              A new step waits for the one above it; untick that to run it in parallel.
            </p>
          )}
        </div>
        <Button type="submit" className="button button-primary">
          Add step
        </Button>
      </form>
      <form className="add-step-row" onSubmit={(event) => void insert(event)}>
        <div className="field">
          <label htmlFor={`${id}-template`} className="field-label">
            Step template
          </label>
          <select
            id={`${id}-template`}
            className="control"
            value={template}
            onChange={(event) => {
              setTemplate(event.target.value);
            }}
          >
            {STEP_TEMPLATES.map((each) => (
              <option key={each.key} value={each.key}>
                {each.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-position`} className="field-label">
            Where
          </label>
          <select
            id={`${id}-position`}
            className="control"
            value={position}
            onChange={(event) => {
              setPosition(event.target.value);
            }}
          >
            <option value="end">At the end</option>
            {runbook.steps.map((step, index) => (
              <option key={step.id} value={String(index)}>
                Before step {index + 1}: {step.title}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" className="button">
          Insert step
        </Button>
      </form>
    </div>
  );
}
