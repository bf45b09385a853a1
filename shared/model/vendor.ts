import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';
import { optionalEmailSchema, phoneSchema } from './contact';
import { durationSchema } from './duration';

/**
 * A third party the plan depends on: what they provide, how to reach their
 * support with the contract and account numbers at hand, and what their
 * contract promises. A restore SLA longer than a provided system's RTO means
 * the RTO is a wish, not a plan.
 */

export const MAX_ESCALATION_CONTACTS = 20;

/** Someone at the vendor to go to when the support line does not help, in order. */
export const escalationContactSchema = z.strictObject({
  id: idSchema,
  name: requiredTextSchema('Name', 200),
  title: textSchema('Role or title', 200),
  phone: phoneSchema.shape.number.or(z.literal('')),
  email: optionalEmailSchema('E-mail'),
});
export type EscalationContact = z.infer<typeof escalationContactSchema>;

/** A support portal address: https only, so a printed plan never sends anyone to an unsafe page. */
export const portalSchema = textSchema('Support portal', 2000).refine(
  (text) => {
    if (text === '') return true;
    try {
      return new URL(text).protocol === 'https:';
    } catch {
      return false;
    }
  },
  { error: 'Support portal must be a web address starting with https://' },
);

export const vendorFieldSchemas = {
  name: requiredTextSchema('Vendor name', 200),
  /** What they provide, e.g. "hosting of the web shop". */
  service: textSchema('Service provided', 500),
  contractNumber: textSchema('Contract number', 100),
  supportPhone: phoneSchema.shape.number.or(z.literal('')),
  supportEmail: optionalEmailSchema('Support e-mail'),
  supportPortal: portalSchema,
  accountId: textSchema('Account id', 100),
  /** How soon the contract says they respond to a call; null when not known. */
  slaResponseMinutes: durationSchema('SLA response time'),
  /** How soon the contract says the service is restored; null when not known or not promised. */
  slaRestoreMinutes: durationSchema('SLA restore time'),
  escalation: z
    .array(escalationContactSchema)
    .max(MAX_ESCALATION_CONTACTS, {
      error: `A vendor can have at most ${MAX_ESCALATION_CONTACTS} escalation contacts`,
    })
    .refine((people) => new Set(people.map((person) => person.id)).size === people.length, {
      error: 'An escalation contact is listed twice',
    }),
  /** The plan's systems this vendor provides or runs. */
  systemIds: z
    .array(idSchema)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'A system is listed twice' }),
  notes: textSchema('Notes', 5000),
} as const;

export type VendorField = keyof typeof vendorFieldSchemas;

export const vendorSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  position: z.number().int().nonnegative(),
  ...vendorFieldSchemas,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type Vendor = z.infer<typeof vendorSchema>;
export type VendorEdits = Partial<Pick<Vendor, VendorField>>;
export const vendorEditsSchema = z.strictObject(vendorFieldSchemas).partial();

export function newVendorDefaults(name: string): Pick<Vendor, VendorField> {
  return {
    name,
    service: '',
    contractNumber: '',
    supportPhone: '',
    supportEmail: '',
    supportPortal: '',
    accountId: '',
    slaResponseMinutes: null,
    slaRestoreMinutes: null,
    escalation: [],
    systemIds: [],
    notes: '',
  };
}
