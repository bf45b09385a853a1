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
  /** What the control shows: the user's own text while they edit or while it is not durable, else the database. */
  text: string;
  /** Why the text is not saved (invalid input or a failed write), or null. */
  error: string | null;
  onChange: (text: string) => void;
  onFocus: () => void;
  /** Saves now instead of after the pause, and lets the field show the database again. */
  onBlur: () => void;
  /** Drops the unsaved text and shows the stored value again (Escape). */
  revert: () => void;
}

interface Edit {
  text: string;
  /** Bumped by every change, so a late write result never overrides a newer edit's state. */
  seq: number;
  /** "durable" once the write holding this text (or a newer one) resolved. */
  state: 'typing' | 'invalid' | 'writing' | 'failed' | 'durable';
}

const DEFAULT_DELAY_MS = 400;

/**
 * Autosave for one field. Until its edit is durable, and for as long as the
 * field has focus, the control shows exactly what the user typed: schemas
 * trim text, and snapping "John " to "John" mid-word would eat the space.
 * When the field is left and the edit is durable, it shows the database again
 * (normalised), because the database is the only copy of the plan.
 */
export function useAutosaveField<T>(options: AutosaveOptions<T>): AutosaveField {
  const { saveTracker } = useServices();
  const stored = options.format(options.value);
  const [edit, setEdit] = useState<Edit | null>(null);
  const [focused, setFocused] = useState(false);
  const pending = useRef<{ value: T; seq: number } | null>(null);
  const invalid = useRef(false);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const failure = useSyncExternalStore(saveTracker.subscribe, () =>
    findChange(saveTracker.getSnapshot().unsaved, options.saveKey),
  );

  const settle = useCallback((editSeq: number, state: Edit['state']) => {
    setEdit((current) => (current?.seq === editSeq ? { ...current, state } : current));
  }, []);

  const commit = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    settle(next.seq, 'writing');
    const { saveKey, what, save } = latest.current;
    // A retry from the status bar writes the same value and reports back here.
    const attempt = () => {
      void saveTracker
        .run(saveKey, what, () => save(next.value), attempt)
        .then((ok) => {
          settle(next.seq, ok ? 'durable' : 'failed');
        });
    };
    attempt();
  }, [saveTracker, settle]);

  useEffect(
    () => () => {
      // Leaving the screen mid-pause still saves what was typed; text that
      // cannot be saved (invalid) goes with the field, and so does its warning.
      commit();
      if (invalid.current) saveTracker.clear(latest.current.saveKey);
    },
    [commit, saveTracker],
  );

  const showOwnText = edit !== null && (focused || edit.state !== 'durable');

  const onChange = (text: string) => {
    seq.current += 1;
    const editSeq = seq.current;
    const parsed = options.parse(text);
    clearTimeout(timer.current);
    invalid.current = !parsed.ok;
    if (!parsed.ok) {
      pending.current = null;
      setEdit({ text, seq: editSeq, state: 'invalid' });
      saveTracker.markInvalid(options.saveKey, options.what, parsed.message);
      return;
    }
    setEdit({ text, seq: editSeq, state: 'typing' });
    saveTracker.clear(options.saveKey);
    pending.current = { value: parsed.value, seq: editSeq };
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
    invalid.current = false;
    seq.current += 1;
    setEdit(null);
    saveTracker.clear(options.saveKey);
  };

  return {
    text: showOwnText ? edit.text : stored,
    // Both invalid input and failed writes are listed in the tracker, so the status bar and the field agree.
    error: failure?.reason ?? null,
    onChange,
    onFocus: () => {
      setFocused(true);
    },
    onBlur: () => {
      setFocused(false);
      commit();
    },
    revert,
  };
}

function findChange(unsaved: readonly UnsavedChange[], key: string): UnsavedChange | undefined {
  return unsaved.find((change) => change.key === key);
}
