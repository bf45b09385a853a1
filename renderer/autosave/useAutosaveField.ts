import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Validated } from '../../shared/model/validation';
import { useServices } from '../app/services';
import type { UnsavedChange } from './save-tracker';

export interface AutosaveOptions<T> {
  /** Identifies the field in the status bar, e.g. "system:<id>:owner". Unique on screen. */
  saveKey: string;
  /** What a "not saved" message names, in the user's words: "Owner of “CRM”". */
  what: string;
  /** The value in the database. */
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Validated<T>;
  save: (value: T) => Promise<void>;
  /** Pause in typing before saving, in ms; 0 saves at once (for pickers). */
  delay?: number;
}

export interface AutosaveField {
  /** What the control shows: the user's text while it is not yet in the database, else the stored value. */
  text: string;
  /** Why the text is not saved (invalid input or a failed write), or null. */
  error: string | null;
  onChange: (text: string) => void;
  /** Saves now instead of after the pause (on blur). */
  flush: () => void;
  /** Drops the unsaved text and shows the stored value again (Escape). */
  revert: () => void;
}

interface Edit {
  text: string;
  /** The stored text when this edit began; while the database still shows it, the edit is what counts. */
  base: string;
  committed: boolean;
}

const DEFAULT_DELAY_MS = 400;

/**
 * Autosave for one field. The typed text stays on screen until the database
 * has it: while the write is pending, after it fails, and while the input is
 * invalid. There is no second copy of the record: once the live query
 * delivers the new value, the field shows the database again.
 */
export function useAutosaveField<T>(options: AutosaveOptions<T>): AutosaveField {
  const { saveTracker } = useServices();
  const stored = options.format(options.value);
  const [edit, setEdit] = useState<Edit | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const failure = useSyncExternalStore(saveTracker.subscribe, () =>
    findChange(saveTracker.getSnapshot().unsaved, options.saveKey),
  );

  const commit = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setEdit((current) => current && { ...current, committed: true });
    const { saveKey, what, save } = latest.current;
    // Retrying a failed write sends the same value again, with the same retry.
    const attempt = () => {
      void saveTracker.run(saveKey, what, () => save(next.value), attempt);
    };
    attempt();
  }, [saveTracker]);

  // Leaving the screen mid-pause still saves what was typed.
  useEffect(() => commit, [commit]);

  const isEditing = edit !== null && (!edit.committed || stored === edit.base);

  const onChange = (text: string) => {
    setEdit({ text, base: isEditing ? edit.base : stored, committed: false });
    const parsed = options.parse(text);
    clearTimeout(timer.current);
    if (!parsed.ok) {
      pending.current = null;
      setInvalid(parsed.message);
      saveTracker.markInvalid(options.saveKey, options.what, parsed.message);
      return;
    }
    setInvalid(null);
    saveTracker.clear(options.saveKey);
    pending.current = { value: parsed.value };
    const delay = options.delay ?? DEFAULT_DELAY_MS;
    if (delay === 0) {
      commit();
    } else {
      saveTracker.markPending(options.saveKey, commit);
      timer.current = setTimeout(commit, delay);
    }
  };

  const revert = () => {
    clearTimeout(timer.current);
    pending.current = null;
    setEdit(null);
    setInvalid(null);
    saveTracker.clear(options.saveKey);
  };

  return {
    text: isEditing ? edit.text : stored,
    error: invalid ?? failure?.reason ?? null,
    onChange,
    flush: commit,
    revert,
  };
}

function findChange(unsaved: readonly UnsavedChange[], key: string): UnsavedChange | undefined {
  return unsaved.find((change) => change.key === key);
}
