import type { z } from 'zod';
import { validate } from '../../../shared/model/validation';
import { AutosaveControl, type ControlKind } from '../../autosave/AutosaveControl';

/** One autosaving text field of the workshop; its key carries the plan id (see WorkshopSaveStatus). */
export function WorkshopField({
  planId,
  saveKey,
  label,
  what,
  value,
  schema,
  save,
  control = { kind: 'text' },
  placeholder,
  hideLabel,
}: {
  planId: string;
  saveKey: string;
  label: string;
  what: string;
  value: string;
  schema: z.ZodType<string>;
  save: (value: string) => Promise<void>;
  control?: ControlKind;
  placeholder?: string;
  hideLabel?: boolean;
}) {
  return (
    <AutosaveControl<string>
      control={control}
      label={label}
      hideLabel={hideLabel}
      placeholder={placeholder}
      saveKey={`plan:${planId}:workshop:${saveKey}`}
      what={what}
      value={value}
      format={(text) => text}
      parse={(text) => validate(schema, text)}
      save={save}
    />
  );
}
