import { useState } from 'react';
import { Link } from 'wouter';
import { callTreeNodes, type CallTreeEntry, type CallTreeNode } from '../../../shared/model/call-tree';
import type { Contact } from '../../../shared/model/contact';
import { formatDuration, parseDuration } from '../../../shared/model/duration';
import { useServices } from '../../app/services';
import { AutosaveControl } from '../../autosave/AutosaveControl';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { contactName } from '../contacts/useContactActions';
import { AddCallForm } from './AddCallForm';
import { branchSize } from './call-tree-edits';
import { removeCall, restoreCallTree, setEscalation } from './call-tree-repository';
import { RemoveCallDialog, type RemoveChoice } from './RemoveCallDialog';

interface EditorProps {
  planId: string;
  entries: readonly CallTreeEntry[];
  contacts: readonly Contact[];
}

/** Builds the call tree: first calls, whom each person calls, how long to try before escalating. */
export function CallTreeEditor({ planId, entries, contacts }: EditorProps) {
  const { db } = useServices();
  const undoableDelete = useUndoableDelete();
  const [asking, setAsking] = useState<{ entry: CallTreeEntry; choice: RemoveChoice } | null>(null);
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const nameOf = (entry: CallTreeEntry | undefined) => {
    const contact = entry ? byId.get(entry.contactId) : undefined;
    return contact ? contactName(contact) : 'A removed contact';
  };

  const remove = (entry: CallTreeEntry, mode: 'branch' | 'move-up') => {
    void undoableDelete({
      key: `calltree:${entry.id}`,
      label: `call to ${nameOf(entry)}`,
      remove: () => removeCall(db, planId, entry.id, mode),
      restore: (before) => restoreCallTree(db, planId, before),
      forget: () => [`calltree:${entry.id}:`],
    });
  };

  const askOrRemove = (entry: CallTreeEntry) => {
    const calls = entries.filter((other) => other.callerId === entry.id);
    if (calls.length === 0) {
      remove(entry, 'branch');
      return;
    }
    const caller = entries.find((other) => other.id === entry.callerId);
    setAsking({
      entry,
      choice: {
        name: nameOf(entry),
        calls: calls.map(nameOf),
        below: branchSize(entries, entry.id),
        callerName: caller ? nameOf(caller) : null,
      },
    });
  };

  const roots = callTreeNodes(entries);
  return (
    <div className="call-tree-editor">
      {roots.length === 0 ? (
        <p className="muted">
          Nobody is called yet. Start with whoever must hear first, usually the DR coordinator.
        </p>
      ) : (
        <>
          <p className="call-tree-start">Whoever activates the plan calls:</p>
          <EditorLevel
            nodes={roots}
            label="Calls made by whoever activates the plan"
            nameOf={nameOf}
            onRemove={askOrRemove}
            {...{ planId, entries, contacts }}
          />
        </>
      )}
      <AddCallForm planId={planId} entries={entries} contacts={contacts} caller={null} />
      <RemoveCallDialog
        choice={asking?.choice ?? null}
        onClose={() => {
          setAsking(null);
        }}
        onRemove={(mode) => {
          if (asking) remove(asking.entry, mode);
          setAsking(null);
        }}
      />
    </div>
  );
}

interface LevelProps extends EditorProps {
  nodes: readonly CallTreeNode[];
  label: string;
  nameOf: (entry: CallTreeEntry) => string;
  onRemove: (entry: CallTreeEntry) => void;
}

function EditorLevel({ nodes, label, ...rest }: LevelProps) {
  return (
    <ol className="call-tree-edit-level" aria-label={label}>
      {nodes.map((node) => (
        <EditorNode key={node.entry.id} node={node} {...rest} />
      ))}
    </ol>
  );
}

function EditorNode({ node, ...rest }: Omit<LevelProps, 'nodes' | 'label'> & { node: CallTreeNode }) {
  const { db } = useServices();
  const { planId, entries, contacts, nameOf, onRemove } = rest;
  const [adding, setAdding] = useState(false);
  const { entry } = node;
  const name = nameOf(entry);
  return (
    <li className="call-tree-edit-item">
      <div className="call-tree-edit-row">
        <span className="call-tree-edit-name">
          <Link href={`/contacts/${entry.contactId}`}>{name}</Link>
        </span>
        <span className="escalate-field">
          <span aria-hidden="true" className="escalate-label">
            Escalate after
          </span>
          <AutosaveControl<number | null>
            control={{ kind: 'text' }}
            label={`Escalate call to ${name} after`}
            hideLabel
            placeholder="e.g. 15 min"
            saveKey={`calltree:${entry.id}:escalate`}
            what={`Escalation time of the call to ${name}`}
            value={entry.escalateAfterMinutes}
            format={(minutes) => (minutes === null ? '' : formatDuration(minutes))}
            parse={parseDuration}
            save={(minutes) => setEscalation(db, planId, entry.id, minutes)}
          />
        </span>
        <span className="call-tree-edit-actions">
          <button
            type="button"
            className="button button-small"
            aria-expanded={adding}
            onClick={() => {
              setAdding(!adding);
            }}
          >
            Add who they call<span className="visually-hidden"> ({name})</span>
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={`Remove ${name} from the call tree`}
            onClick={() => {
              onRemove(entry);
            }}
          >
            Remove
          </button>
        </span>
      </div>
      {adding && (
        <AddCallForm
          planId={planId}
          entries={entries}
          contacts={contacts}
          caller={{ entryId: entry.id, name }}
          onDone={() => {
            setAdding(false);
          }}
        />
      )}
      {node.children.length > 0 && <EditorLevel nodes={node.children} label={`${name} calls`} {...rest} />}
    </li>
  );
}
