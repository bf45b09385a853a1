import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';
import { dateSchema } from './system';

/**
 * A person the plan relies on: who they are, how to reach them, who to try
 * when they do not answer, and when someone last checked these details.
 * Numbers go stale quietly; an unverified contact in a call tree is a call
 * tree that fails in the first hour.
 */

export const MAX_PHONES = 5;

/** Digits, spaces, + ( ) - . / and an optional extension: what people really write in a phone list. */
const PHONE_PATTERN = /^\+?[0-9 ()./-]{3,30}(\s*(ext\.?|x)\s*[0-9]{1,6})?$/i;

export const phoneSchema = z.strictObject({
  id: idSchema,
  /** Mobile, office, home, satellite…: free text, so any kind of line fits. */
  label: textSchema('Phone label', 50),
  number: requiredTextSchema('Phone number', 50).regex(PHONE_PATTERN, {
    error: 'Phone number may contain only digits, spaces, + ( ) - . / and an extension such as “ext 12”',
  }),
});
export type Phone = z.infer<typeof phoneSchema>;

/** An e-mail address, or empty when there is none. */
export function optionalEmailSchema(label: string) {
  return textSchema(label, 320).refine((text) => text === '' || z.email().safeParse(text).success, {
    error: `${label} must be an e-mail address such as name@example.com`,
  });
}

export const contactFieldSchemas = {
  name: requiredTextSchema('Name', 200),
  /** Job title or role in the organisation, e.g. "IT manager". */
  title: textSchema('Role or title', 200),
  organisation: textSchema('Organisation', 200),
  phones: z
    .array(phoneSchema)
    .max(MAX_PHONES, { error: `A contact can have at most ${MAX_PHONES} phone numbers` })
    .refine((phones) => new Set(phones.map((phone) => phone.id)).size === phones.length, {
      error: 'A phone number is listed twice',
    }),
  email: optionalEmailSchema('E-mail'),
  /** Whom to call when this person does not answer; another contact of the same plan. */
  alternateId: idSchema.nullable(),
  notes: textSchema('Notes', 5000),
  /** When someone last confirmed these details are right; null when never. */
  lastVerified: dateSchema.nullable(),
} as const;

export type ContactField = keyof typeof contactFieldSchemas;

export const contactSchema = z
  .strictObject({
    id: idSchema,
    planId: idSchema,
    /** Order in the contact list. */
    position: z.number().int().nonnegative(),
    ...contactFieldSchemas,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine((contact) => contact.alternateId !== contact.id, {
    path: ['alternateId'],
    error: 'A contact cannot be their own alternate',
  });

export type Contact = z.infer<typeof contactSchema>;
export type ContactEdits = Partial<Pick<Contact, ContactField>>;
export const contactEditsSchema = z.strictObject(contactFieldSchemas).partial();

export function newContactDefaults(name: string): Pick<Contact, ContactField> {
  return {
    name,
    title: '',
    organisation: '',
    phones: [],
    email: '',
    alternateId: null,
    notes: '',
    lastVerified: null,
  };
}

/** Details older than this many months may no longer reach the person. */
export const CONTACT_MAX_AGE_MONTHS = 6;
