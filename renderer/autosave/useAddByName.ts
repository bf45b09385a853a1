import { useState } from 'react';
import { useLocation } from 'wouter';
import type { z } from 'zod';
import { validate } from '../../shared/model/validation';
import { useServices } from '../app/services';
import type { DrpDatabase } from '../db/database';

export interface AddByName {
  /** How the status bar names it: "process", "contact", "vendor". */
  what: string;
  /** The name field's schema, so the message is the one the detail page gives. */
  schema: z.ZodType<string>;
  add: (db: DrpDatabase, planId: string, name: string) => Promise<{ id: string }>;
  /** The page that opens on the new record, for its details. */
  pathOf: (id: string) => string;
}

/**
 * Type a name, press Enter: the record is added through the save tracker (so
 * "Saving…/Saved" and Retry work as everywhere) and its page opens. An empty
 * name does nothing; an invalid one says why and keeps the text.
 */
export function useAddByName(planId: string, spec: AddByName) {
  const { db, saveTracker } = useServices();
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (text.trim() === '') return;
    const name = validate(spec.schema, text);
    if (!name.ok) {
      setError(name.message);
      return;
    }
    setText('');
    const added: { id?: string } = {};
    const saved = await saveTracker.run(
      `plan:${planId}:new-${spec.what}:${crypto.randomUUID()}`,
      `New ${spec.what} “${name.value}”`,
      async () => {
        added.id = (await spec.add(db, planId, name.value)).id;
      },
    );
    if (saved && added.id) navigate(spec.pathOf(added.id));
    else setError(`“${name.value}” was not added. Use Retry in the status bar.`);
  };

  const change = (value: string) => {
    setText(value);
    setError(null);
  };

  return { text, error, change, submit };
}
