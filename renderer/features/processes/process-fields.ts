import { formatDuration, parseDuration } from '../../../shared/model/duration';
import { processFieldSchemas, type BusinessProcess, type ProcessEdits } from '../../../shared/model/process';
import { TIER_INFO, TIERS } from '../../../shared/model/system';
import { validate, type Validated } from '../../../shared/model/validation';
import type { FieldSpec } from '../../autosave/field-spec';

export type ProcessFieldSpec<T> = FieldSpec<BusinessProcess, T, ProcessEdits>;

function textField(
  id: 'name' | 'owner' | 'description' | 'mtdOverrideReason',
  label: string,
  extra: Partial<ProcessFieldSpec<string>> = {},
): ProcessFieldSpec<string> {
  return {
    id,
    label,
    control: { kind: 'text' },
    get: (process) => process[id],
    patch: (value) => ({ [id]: value }),
    format: (value) => value,
    parse: (text) => validate(processFieldSchemas[id], text),
    ...extra,
  };
}

/** Money as people type it: "12000", "12 000", "12,000.50". A lone comma is refused: it may be a decimal comma. */
export function parseAmount(text: string): Validated<number | null> {
  const compact = text.trim().replace(/[\s'’_]/g, '');
  if (compact === '') return { ok: true, value: null };
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replace(/,/g, '') : compact;
  if (!/^\d+(\.\d+)?$/.test(plain)) {
    return {
      ok: false,
      message: `“${text.trim()}” is not an amount. Write digits, for example 12000 or 12,000.50`,
    };
  }
  return validate(processFieldSchemas.lossPerHour, Number(plain));
}

export function processFields(currency: string) {
  return {
    name: textField('name', 'Name', { placeholder: 'e.g. Take customer orders' }),
    owner: textField('owner', 'Owner', {
      help: 'The person who speaks for this process when deciding what to recover first.',
      placeholder: 'Name or role',
    }),
    description: textField('description', 'Description', {
      control: { kind: 'textarea', rows: 3 },
      help: 'What the process achieves and who depends on it.',
    }),
    lossPerHour: {
      id: 'lossPerHour',
      label: `Loss per hour of outage (${currency})`,
      help: 'Optional: a rough figure helps compare processes. Revenue lost, penalties and overtime.',
      placeholder: 'e.g. 5000',
      control: { kind: 'text' },
      get: (process) => process.lossPerHour,
      patch: (lossPerHour) => ({ lossPerHour }),
      format: (amount) => (amount === null ? '' : String(amount)),
      parse: parseAmount,
    } satisfies ProcessFieldSpec<number | null>,
    mtdOverride: {
      id: 'mtdOverride',
      label: 'MTD set by hand',
      help: 'Only if the derived MTD is wrong. Leave empty to follow the impact ratings.',
      placeholder: 'e.g. 2 days',
      control: { kind: 'text' },
      get: (process) => process.mtdOverride,
      patch: (mtdOverride) => ({ mtdOverride }),
      format: (minutes) => (minutes === null ? '' : formatDuration(minutes)),
      parse: parseDuration,
    } satisfies ProcessFieldSpec<number | null>,
    mtdOverrideReason: textField('mtdOverrideReason', 'Reason', {
      control: { kind: 'textarea', rows: 2 },
      help: 'Why the ratings do not tell the whole story. Auditors will ask.',
    }),
  };
}

/** The tier picker: "follow the suggestion" first, then every tier. */
export function tierOverrideField(suggestion: string): ProcessFieldSpec<BusinessProcess['tierOverride']> {
  return {
    id: 'tierOverride',
    label: 'Tier',
    control: {
      kind: 'select',
      choices: [
        { value: '', label: `Suggested: ${suggestion}` },
        ...TIERS.map((tier) => ({ value: String(tier), label: TIER_INFO[tier].label })),
      ],
    },
    get: (process) => process.tierOverride,
    patch: (tierOverride) => ({ tierOverride }),
    format: (tier) => (tier === null ? '' : String(tier)),
    parse: (text) => validate(processFieldSchemas.tierOverride, text === '' ? null : Number(text)),
  };
}
