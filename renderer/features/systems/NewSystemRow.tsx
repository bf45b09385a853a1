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
 * clears at once so fast typists never wait. An add that fails stays listed in
 * the status bar, with its name, until Retry adds it.
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
    // Each add has its own key: a later success must not hide an earlier failure.
    const key = `plan:${planId}:new-system:${crypto.randomUUID()}`;
    void saveTracker
      .run(key, `New system “${name.value}”`, () => addSystem(db, planId, name.value))
      .then((saved) => {
        if (!saved) setError(`“${name.value}” was not added. Use Retry in the status bar.`);
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
