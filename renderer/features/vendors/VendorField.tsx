import { formatDuration, parseDuration } from '../../../shared/model/duration';
import { validate } from '../../../shared/model/validation';
import { vendorFieldSchemas, type Vendor } from '../../../shared/model/vendor';
import { useServices } from '../../app/services';
import { AutosaveControl, type ControlKind } from '../../autosave/AutosaveControl';
import { updateVendor } from './vendor-repository';

export type VendorTextField =
  | 'name'
  | 'service'
  | 'contractNumber'
  | 'supportPhone'
  | 'supportEmail'
  | 'supportPortal'
  | 'accountId'
  | 'notes';

interface FieldProps {
  vendor: Vendor;
  label: string;
  help?: string;
  placeholder?: string;
  className?: string;
  hideLabel?: boolean;
}

const what = (vendor: Vendor, label: string) => `${label} of “${vendor.name || 'unnamed vendor'}”`;

/** One autosaving text field of a vendor: each change is one `updateVendor` transaction. */
export function VendorField({
  vendor,
  field,
  control = { kind: 'text' },
  ...rest
}: FieldProps & { field: VendorTextField; control?: ControlKind }) {
  const { db } = useServices();
  return (
    <AutosaveControl<string>
      {...rest}
      control={control}
      saveKey={`vendor:${vendor.id}:${field}`}
      what={what(vendor, rest.label)}
      value={vendor[field]}
      format={(text) => text}
      parse={(text) => validate(vendorFieldSchemas[field], text)}
      save={(value) => updateVendor(db, vendor.id, { [field]: value })}
    />
  );
}

/** An SLA time typed like every other duration (“4 h”, “1 day”) and shown back in the friendliest unit. */
export function VendorDurationField({
  vendor,
  field,
  ...rest
}: FieldProps & { field: 'slaResponseMinutes' | 'slaRestoreMinutes' }) {
  const { db } = useServices();
  return (
    <AutosaveControl<number | null>
      {...rest}
      control={{ kind: 'text' }}
      saveKey={`vendor:${vendor.id}:${field}`}
      what={what(vendor, rest.label)}
      value={vendor[field]}
      format={(minutes) => (minutes === null ? '' : formatDuration(minutes))}
      parse={parseDuration}
      save={(value) => updateVendor(db, vendor.id, { [field]: value })}
    />
  );
}
