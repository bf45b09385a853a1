import { useId, type KeyboardEvent } from 'react';
import { useAutosaveField, type AutosaveOptions } from './useAutosaveField';

export interface Choice {
  value: string;
  label: string;
}

export type ControlKind =
  | { kind: 'text' }
  | { kind: 'textarea'; rows?: number }
  | { kind: 'number'; min?: number; max?: number }
  /** A calendar date; the text is YYYY-MM-DD, or empty. */
  | { kind: 'date' }
  /** A yes/no box; the text is "true" or "false". */
  | { kind: 'checkbox' }
  | { kind: 'select'; choices: readonly Choice[] };

export type AutosaveControlProps<T> = AutosaveOptions<T> & {
  control: ControlKind;
  /** Accessible name; shown as a visible label unless `hideLabel`. */
  label: string;
  hideLabel?: boolean;
  /** Plain-language help under the label, for people new to DR. */
  help?: string;
  placeholder?: string;
  className?: string;
  /** Extra keys for grid navigation; Escape (revert) is handled here. */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
  /** Marks the control for keyboard navigation in tables. */
  cell?: { row: number; column: string };
};

/** One autosaving form control with its label, help text and "not saved" message. */
export function AutosaveControl<T>(props: AutosaveControlProps<T>) {
  const field = useAutosaveField(props);
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [props.help ? helpId : null, field.error ? errorId : null].filter(Boolean).join(' ');

  const common = {
    id,
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-label': props.hideLabel ? props.label : undefined,
    'data-row': props.cell?.row,
    'data-column': props.cell?.column,
    className: 'control',
    onFocus: field.onFocus,
    onBlur: field.onBlur,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      if (event.key === 'Escape' && field.text !== props.format(props.value)) {
        event.preventDefault();
        field.revert();
        return;
      }
      props.onKeyDown?.(event);
    },
  };

  const { control } = props;
  let element;
  if (control.kind === 'select') {
    element = (
      <select
        {...common}
        value={field.text}
        onChange={(event) => {
          field.onChange(event.target.value);
        }}
      >
        {control.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    );
  } else if (control.kind === 'checkbox') {
    element = (
      <input
        {...common}
        className="checkbox"
        type="checkbox"
        checked={field.text === 'true'}
        onChange={(event) => {
          field.onChange(String(event.target.checked));
        }}
      />
    );
  } else if (control.kind === 'date') {
    element = (
      <input
        {...common}
        type="date"
        value={field.text}
        onChange={(event) => {
          field.onChange(event.target.value);
        }}
      />
    );
  } else if (control.kind === 'textarea') {
    element = (
      <textarea
        {...common}
        rows={control.rows ?? 3}
        value={field.text}
        placeholder={props.placeholder}
        onChange={(event) => {
          field.onChange(event.target.value);
        }}
      />
    );
  } else {
    element = (
      <input
        {...common}
        type={control.kind === 'number' ? 'number' : 'text'}
        min={control.kind === 'number' ? control.min : undefined}
        max={control.kind === 'number' ? control.max : undefined}
        value={field.text}
        placeholder={props.placeholder}
        autoComplete="off"
        spellCheck={control.kind === 'text' ? false : undefined}
        onChange={(event) => {
          field.onChange(event.target.value);
        }}
      />
    );
  }

  if (control.kind === 'checkbox') {
    return (
      <div className={['field field-checkbox', props.className].filter(Boolean).join(' ')}>
        <label className="checkbox-label">
          {element}
          <span>{props.label}</span>
        </label>
        {props.help && (
          <p id={helpId} className="field-help">
            {props.help}
          </p>
        )}
        {field.error && (
          <p id={errorId} className="field-error">
            Not saved: {field.error}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className={['field', props.className, field.error ? 'field-invalid' : ''].filter(Boolean).join(' ')}>
      {!props.hideLabel && (
        <label htmlFor={id} className="field-label">
          {props.label}
        </label>
      )}
      {props.help && (
        <p id={helpId} className="field-help">
          {props.help}
        </p>
      )}
      {element}
      {field.error && (
        <p id={errorId} className="field-error">
          Not saved: {field.error}
        </p>
      )}
    </div>
  );
}
