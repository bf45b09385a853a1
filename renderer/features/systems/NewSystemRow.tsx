import { useState, type KeyboardEvent, type RefObject } from 'react';
import { systemFieldSchemas } from '../../../shared/model/system';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { addSystem } from './system-repository';

interface NewSystemRowProps {
  planId: string;
  columns: number;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * The quick-entry row: type a name, press Enter, type the next. The field
 * clears at once so fast typists never wait; if the write fails, the name
 * comes back into the field and the status bar says why.
 */
export function NewSystemRow({ planId, columns, inputRef }: NewSystemRowProps) {
  const { db, saveTracker } = useServices();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    if (text.trim() === '') return;
    const name = validate(systemFieldSchemas.name, text);
    if (!name.ok) {
      setError(name.message);
      return;
    }
    setError(null);
    setText('');
    void saveTracker
      .run('system:new', `New system “${name.value}”`, () => addSystem(db, planId, name.value))
      .then((saved) => {
        if (!saved) {
          setText((current) => (current === '' ? name.value : current));
          setError(`“${name.value}” was not added. Press Enter to try again.`);
        }
      });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <tr className="new-row">
      <td colSpan={columns}>
        <input
          ref={inputRef}
          className="control"
          aria-label="New system name"
          aria-describedby={error ? 'new-system-error' : 'new-system-hint'}
          aria-invalid={error ? true : undefined}
          placeholder="Add a system: type its name and press Enter"
          value={text}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
        />
        {error ? (
          <p id="new-system-error" className="field-error">
            {error}
          </p>
        ) : (
          <p id="new-system-hint" className="visually-hidden">
            Enter adds the system and keeps this field ready for the next one. Tab moves across the cells of a
            row.
          </p>
        )}
      </td>
    </tr>
  );
}
