import { useId, useState, type SyntheticEvent } from 'react';
import { Button } from 'react-aria-components';
import { validationTestSchema, type Runbook, type ValidationTest } from '../../../shared/model/runbook';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { AutosaveControl } from '../../autosave/AutosaveControl';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { TrashIcon } from '../../components/icons';
import {
  addValidationTest,
  removeValidationTest,
  restoreValidationTest,
  updateValidationTest,
} from './runbook-repository';
import { TextSecretWarnings } from './SecretWarnings';

/** Checks after recovery that the system really works: the procedure, and what a good result looks like. */
export function ValidationTests({ runbook }: { runbook: Runbook }) {
  return (
    <div className="panel validation-tests">
      {runbook.validationTests.length === 0 ? (
        <p className="field-help">
          None yet. Add a check a user would do, e.g. “Place a test order”, and what should happen.
        </p>
      ) : (
        <ol className="validation-list">
          {runbook.validationTests.map((test, index) => (
            <ValidationTestRow key={test.id} runbook={runbook} test={test} number={index + 1} />
          ))}
        </ol>
      )}
      <AddValidationTest runbook={runbook} />
    </div>
  );
}

function ValidationTestRow({
  runbook,
  test,
  number,
}: {
  runbook: Runbook;
  test: ValidationTest;
  number: number;
}) {
  const { db } = useServices();
  const undoableDelete = useUndoableDelete();
  const key = `runbook:${runbook.id}:test:${test.id}`;
  return (
    <li className="validation-row">
      {(['procedure', 'expected'] as const).map((field) => {
        const label = field === 'procedure' ? 'Procedure' : 'Expected result';
        return (
          <div key={field} className="field-stack">
            <AutosaveControl<string>
              saveKey={`${key}:${field}`}
              what={`${label} of validation test ${String(number)}`}
              label={`${label}, test ${String(number)}`}
              control={{ kind: 'textarea', rows: 2 }}
              value={test[field]}
              format={(text) => text}
              parse={(text) => validate(validationTestSchema.shape[field], text)}
              save={(text) => updateValidationTest(db, runbook.id, test.id, { [field]: text })}
            />
            <TextSecretWarnings label={`${label}, test ${String(number)}`} text={test[field]} />
          </div>
        );
      })}
      <Button
        className="icon-button"
        aria-label={`Remove validation test ${String(number)}: ${test.procedure}`}
        onPress={() =>
          void undoableDelete({
            key,
            label: test.procedure,
            remove: () => removeValidationTest(db, runbook.id, test.id),
            restore: (removed) => restoreValidationTest(db, runbook.id, removed),
            forget: () => [`${key}:`],
          })
        }
      >
        <TrashIcon />
      </Button>
    </li>
  );
}

function AddValidationTest({ runbook }: { runbook: Runbook }) {
  const { db, saveTracker } = useServices();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = validate(validationTestSchema.shape.procedure, text);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    const ok = await saveTracker.run(`runbook:${runbook.id}:add-test`, 'New validation test', () =>
      addValidationTest(db, runbook.id, checked.value),
    );
    if (ok) setText('');
  };
  return (
    <form className="add-step-row" onSubmit={(event) => void add(event)}>
      <div className="field">
        <label htmlFor={id} className="field-label">
          New validation test
        </label>
        <input
          id={id}
          className="control"
          value={text}
          autoComplete="off"
          placeholder="e.g. Place a test order and find it in the order list"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <Button type="submit" className="button">
        Add test
      </Button>
    </form>
  );
}
