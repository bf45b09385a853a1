import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import {
  MITIGATION_KIND_INFO,
  MITIGATION_KINDS,
  MITIGATION_STATUSES,
  mitigationFieldSchemas,
  type MitigationKind,
  type MitigationStatus,
  type Scenario,
} from '../../../shared/model/scenario';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { addMitigation } from './scenario-repository';
import { STATUS_CHOICES } from './mitigation-choices';

/** A small form under the list: kind, what is done, status, Add. */
export function AddMitigation({ scenario }: { scenario: Scenario }) {
  const { db, saveTracker } = useServices();
  const [kind, setKind] = useState<MitigationKind>('redundancy');
  const [description, setDescription] = useState('');
  const [status, setStatus] = useState<MitigationStatus>('planned');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const add = async () => {
    const checked = validate(mitigationFieldSchemas.description, description);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setError(null);
    const key = `scenario:${scenario.id}:new-mitigation`;
    const ok = await saveTracker.run(key, `A mitigation of “${scenario.name}”`, () =>
      addMitigation(db, scenario.id, { kind, description: checked.value, status }),
    );
    if (ok) {
      setDescription('');
      return;
    }
    const reason = saveTracker.getSnapshot().unsaved.find((change) => change.key === key)?.reason;
    saveTracker.clear(key);
    setError(`Not added: ${reason ?? 'the database refused the change'}.`);
  };

  return (
    <fieldset className="mitigation-add">
      <legend className="field-label">Add a mitigation</legend>
      <div className="mitigation-add-fields">
        <div className="field">
          <label htmlFor={`${id}-kind`} className="field-label">
            Kind
          </label>
          <select
            id={`${id}-kind`}
            className="control"
            aria-describedby={`${id}-kind-help`}
            value={kind}
            onChange={(event) => {
              setKind(MITIGATION_KINDS.find((option) => option === event.target.value) ?? 'other');
            }}
          >
            {MITIGATION_KINDS.map((option) => (
              <option key={option} value={option}>
                {MITIGATION_KIND_INFO[option].label}
              </option>
            ))}
          </select>
          <p id={`${id}-kind-help`} className="field-help">
            {MITIGATION_KIND_INFO[kind].hint}
          </p>
        </div>
        <div className="field mitigation-add-description">
          <label htmlFor={`${id}-description`} className="field-label">
            What is done
          </label>
          <input
            id={`${id}-description`}
            className="control"
            value={description}
            placeholder="e.g. A second internet line from another provider"
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setDescription(event.target.value);
              setError(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void add();
              }
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`} className="field-label">
            Status
          </label>
          <select
            id={`${id}-status`}
            className="control"
            value={status}
            onChange={(event) => {
              setStatus(MITIGATION_STATUSES.find((option) => option === event.target.value) ?? 'planned');
            }}
          >
            {STATUS_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <Button className="button" onPress={() => void add()}>
          Add mitigation
        </Button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
