import type { Validated } from '../../shared/model/validation';
import type { ControlKind } from './AutosaveControl';

/** How one field of a record is shown, parsed and saved; shared by tables and detail forms. */
export interface FieldSpec<R, T, E> {
  id: string;
  label: string;
  help?: string;
  placeholder?: string;
  control: ControlKind;
  get: (record: R) => T;
  patch: (value: T) => E;
  format: (value: T) => string;
  parse: (text: string) => Validated<T>;
}
