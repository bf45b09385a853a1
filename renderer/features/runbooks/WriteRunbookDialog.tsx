import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type SyntheticEvent } from 'react';
import { Button } from 'react-aria-components';
import { runbookFieldSchemas } from '../../../shared/model/runbook';
import type { System } from '../../../shared/model/system';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { useCreateAndOpen } from '../../autosave/useCreateAndOpen';
import { ModalDialog } from '../../components/ModalDialog';
import { listScenarios } from '../scenarios/scenario-repository';
import { addRunbook } from './runbook-repository';

interface WriteRunbookDialogProps {
  system: Pick<System, 'id' | 'name' | 'planId'> | null;
  onOpenChange: (isOpen: boolean) => void;
}

/** "Write a runbook" for one system: a title (prefilled) and, optionally, the scenario it handles. */
export function WriteRunbookDialog({ system, onOpenChange }: WriteRunbookDialogProps) {
  return (
    <ModalDialog title="Write a runbook" isOpen={system !== null} onOpenChange={onOpenChange}>
      {system && <WriteRunbookForm system={system} />}
    </ModalDialog>
  );
}

function WriteRunbookForm({ system }: { system: Pick<System, 'id' | 'name' | 'planId'> }) {
  const { db } = useServices();
  const createAndOpen = useCreateAndOpen();
  const scenarios = useLiveQuery(() => listScenarios(db, system.planId), [db, system.planId]);
  const [title, setTitle] = useState(`Recover ${system.name || 'the system'}`);
  const [scenarioId, setScenarioId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = validate(runbookFieldSchemas.title, title);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setBusy(true);
    const failure = await createAndOpen(
      `system:${system.id}:new-runbook`,
      `New runbook “${checked.value}”`,
      () => addRunbook(db, system.id, { title: checked.value, scenarioId: scenarioId || null }),
      (id) => `/runbooks/${id}`,
    );
    if (failure === null) return;
    setError(failure);
    setBusy(false);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={id} className="field-label">
          Runbook title
        </label>
        <input
          id={id}
          className="control"
          value={title}
          autoFocus
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-scenario`} className="field-label">
          Scenario (optional)
        </label>
        <p id={`${id}-scenario-help`} className="field-help">
          Leave at “Any failure” for the system’s general recovery; pick a scenario when this runbook is for
          one kind of failure, such as ransomware.
        </p>
        <select
          id={`${id}-scenario`}
          className="control"
          aria-describedby={`${id}-scenario-help`}
          value={scenarioId}
          onChange={(event) => {
            setScenarioId(event.target.value);
          }}
        >
          <option value="">Any failure</option>
          {(scenarios ?? []).map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.name}
            </option>
          ))}
        </select>
      </div>
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button className="button button-primary" type="submit" isDisabled={busy}>
          Create runbook
        </Button>
      </div>
    </form>
  );
}
