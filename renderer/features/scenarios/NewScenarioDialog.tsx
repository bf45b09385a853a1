import { useId, useState, type SyntheticEvent } from 'react';
import { Button } from 'react-aria-components';
import { scenarioFieldSchemas } from '../../../shared/model/scenario';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { useCreateAndOpen } from '../../autosave/useCreateAndOpen';
import { ModalDialog } from '../../components/ModalDialog';
import { addScenario } from './scenario-repository';

interface NewScenarioDialogProps {
  planId: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

/** A scenario the starter list does not have: name it, and its page opens to describe the rest. */
export function NewScenarioDialog(props: NewScenarioDialogProps) {
  return (
    <ModalDialog title="New scenario" isOpen={props.isOpen} onOpenChange={props.onOpenChange}>
      {props.isOpen && <NewScenarioForm planId={props.planId} />}
    </ModalDialog>
  );
}

function NewScenarioForm({ planId }: { planId: string }) {
  const { db } = useServices();
  const createAndOpen = useCreateAndOpen();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = validate(scenarioFieldSchemas.name, name);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setBusy(true);
    const failure = await createAndOpen(
      `plan:${planId}:new-scenario`,
      `New scenario “${checked.value}”`,
      () => addScenario(db, planId, checked.value),
      (id) => `/scenarios/${id}`,
    );
    if (failure === null) return;
    setError(failure);
    setBusy(false);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={id} className="field-label">
          Scenario name
        </label>
        <p id={`${id}-help`} className="field-help">
          What goes wrong, in a few words: “Main supplier goes bust”, “Flood in the basement”.
        </p>
        <input
          id={id}
          className="control"
          value={name}
          autoFocus
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button className="button button-primary" type="submit" isDisabled={busy}>
          Create scenario
        </Button>
      </div>
    </form>
  );
}
