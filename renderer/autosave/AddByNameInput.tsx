import { useId } from 'react';
import { useAddByName, type AddByName } from './useAddByName';

/** A name box that adds on Enter and opens the new record's page (see useAddByName). */
export function AddByNameInput({
  planId,
  spec,
  label,
  placeholder,
}: {
  planId: string;
  spec: AddByName;
  /** The accessible name, e.g. "New process name". */
  label: string;
  placeholder: string;
}) {
  const { text, error, change, submit } = useAddByName(planId, spec);
  const errorId = useId();
  return (
    <>
      <input
        className="control"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          change(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void submit();
          }
        }}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
