import { callTreeNodes, type CallTreeEntry, type CallTreeNode } from '../../../shared/model/call-tree';
import type { Contact } from '../../../shared/model/contact';
import { formatDuration } from '../../../shared/model/duration';
import './call-tree-view.css';

/**
 * The call tree as it is used: who to call, their numbers, and whom to try
 * when they do not answer. Read-only and plain, so it prints as it shows; the
 * runbook reading view puts it at the top, the call tree screen beside its
 * editor.
 */
export function CallTreeView({
  entries,
  contacts,
  label = 'Call tree',
}: {
  entries: readonly CallTreeEntry[];
  contacts: readonly Contact[];
  label?: string;
}) {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const roots = callTreeNodes(entries);
  if (roots.length === 0) {
    return <p className="call-tree-empty">No call tree yet: nobody is notified in a set order.</p>;
  }
  return (
    <div className="call-tree-view">
      <p className="call-tree-start">Whoever activates the plan calls:</p>
      <CallList nodes={roots} byId={byId} label={label} />
    </div>
  );
}

function CallList({
  nodes,
  byId,
  label,
}: {
  nodes: readonly CallTreeNode[];
  byId: ReadonlyMap<string, Contact>;
  label: string;
}) {
  return (
    <ol className="call-tree-level" aria-label={label}>
      {nodes.map((node) => (
        <CallItem key={node.entry.id} node={node} byId={byId} />
      ))}
    </ol>
  );
}

function CallItem({ node, byId }: { node: CallTreeNode; byId: ReadonlyMap<string, Contact> }) {
  const contact = byId.get(node.entry.contactId);
  const alternate = contact?.alternateId ? byId.get(contact.alternateId) : undefined;
  const wait = node.entry.escalateAfterMinutes;
  const name = contact ? contact.name || 'Unnamed contact' : 'A removed contact';
  return (
    <li className="call-tree-item">
      <div className="call-tree-person">
        <span className="call-tree-name">{name}</span>
        {contact?.title && <span className="call-tree-title"> · {contact.title}</span>}
        <Reach contact={contact} />
        {(wait !== null || alternate) && (
          <p className="call-tree-escalate">
            {wait !== null ? `No answer within ${formatDuration(wait)}: ` : 'No answer: '}
            {alternate ? (
              <>
                call {alternate.name || 'their alternate'}
                <Reach contact={alternate} inline />
                {node.children.length > 0 ? ', who makes their calls' : ''}
              </>
            ) : (
              'the caller makes their calls instead'
            )}
          </p>
        )}
      </div>
      {node.children.length > 0 && <CallList nodes={node.children} byId={byId} label={`${name} calls`} />}
    </li>
  );
}

/** Phone numbers first: in an outage, people call. */
function Reach({ contact, inline = false }: { contact: Contact | undefined; inline?: boolean }) {
  if (!contact) return null;
  const phones = contact.phones.map((phone) =>
    phone.label ? `${phone.label} ${phone.number}` : phone.number,
  );
  const parts = [...phones, ...(contact.email ? [contact.email] : [])];
  if (parts.length === 0) {
    return inline ? <> (no number recorded)</> : <p className="call-tree-reach muted">No number recorded</p>;
  }
  return inline ? <> ({parts.join(' · ')})</> : <p className="call-tree-reach">{parts.join(' · ')}</p>;
}
