import { contactFieldSchemas, type Contact } from '../../../shared/model/contact';
import { validate, type Validated } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { AutosaveControl, type Choice } from '../../autosave/AutosaveControl';
import { updateContact } from './contact-repository';
import { contactName } from './useContactActions';

type TextField = 'name' | 'title' | 'organisation' | 'email' | 'notes';

interface FieldProps {
  contact: Contact;
  label: string;
  help?: string;
  placeholder?: string;
  className?: string;
}

/** One autosaving text field of a contact; each change is one `updateContact` transaction. */
export function ContactField({
  contact,
  field,
  rows,
  ...rest
}: FieldProps & { field: TextField; rows?: number }) {
  const { db } = useServices();
  return (
    <AutosaveControl<string>
      {...rest}
      control={rows ? { kind: 'textarea', rows } : { kind: 'text' }}
      saveKey={`contact:${contact.id}:${field}`}
      what={`${rest.label} of “${contactName(contact)}”`}
      value={contact[field]}
      format={(text) => text}
      parse={(text) => validate(contactFieldSchemas[field], text)}
      save={(value) => updateContact(db, contact.id, { [field]: value })}
    />
  );
}

/** Empty text is "none" (null); anything else must pass the schema. */
function nullable<T>(text: string, parse: (text: string) => Validated<T>): Validated<T | null> {
  return text === '' ? { ok: true, value: null } : parse(text);
}

export function LastVerifiedField({ contact, ...rest }: FieldProps) {
  const { db } = useServices();
  return (
    <AutosaveControl<string | null>
      {...rest}
      control={{ kind: 'date' }}
      saveKey={`contact:${contact.id}:lastVerified`}
      what={`${rest.label} of “${contactName(contact)}”`}
      value={contact.lastVerified}
      format={(date) => date ?? ''}
      parse={(text) => nullable(text, (date) => validate(contactFieldSchemas.lastVerified, date))}
      save={(lastVerified) => updateContact(db, contact.id, { lastVerified })}
      delay={0}
    />
  );
}

/** Whom to call when this person does not answer: any other contact of the plan. */
export function AlternateField({ contact, others, ...rest }: FieldProps & { others: readonly Contact[] }) {
  const { db } = useServices();
  const choices: Choice[] = [
    { value: '', label: 'Nobody chosen' },
    ...others.map((other) => ({ value: other.id, label: contactName(other) })),
  ];
  return (
    <AutosaveControl<string | null>
      {...rest}
      control={{ kind: 'select', choices }}
      saveKey={`contact:${contact.id}:alternateId`}
      what={`${rest.label} of “${contactName(contact)}”`}
      value={contact.alternateId}
      format={(id) => id ?? ''}
      parse={(text) => nullable(text, (id) => validate(contactFieldSchemas.alternateId, id))}
      save={(alternateId) => updateContact(db, contact.id, { alternateId })}
      delay={0}
    />
  );
}
