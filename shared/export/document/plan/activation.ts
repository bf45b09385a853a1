import { callTreeNodes, type CallTreeNode } from '../../../model/call-tree';
import { formatDuration } from '../../../model/duration';
import type { DocumentSection } from '../model';
import type { PlanContext } from './context';
import { orNone, phonesText, tierShort, verifiedText, yesNo } from './format';
import { paragraph, section } from './sections';

/** The call tree as it reads in an outage: numbered 1, 1.1, 1.2, 2 … in calling order, with numbers to dial. */
function callTreeRows(context: PlanContext): string[][] {
  const rows: string[][] = [];
  const visit = (nodes: readonly CallTreeNode[], prefix: string, caller: string) => {
    nodes.forEach((node, index) => {
      const number = prefix === '' ? String(index + 1) : `${prefix}.${index + 1}`;
      const contact = context.contact(node.entry.contactId);
      const name = contact?.name ?? 'Someone no longer in the plan';
      const alternate = contact?.alternateId ? context.contact(contact.alternateId) : undefined;
      rows.push([
        number,
        contact?.title ? `${name}\n${contact.title}` : name,
        caller,
        contact ? phonesText(contact) : '',
        alternate
          ? `${alternate.name}${alternate.phones[0] ? `, ${alternate.phones[0].number}` : ''}`
          : 'None',
        node.entry.escalateAfterMinutes === null
          ? 'Not agreed'
          : formatDuration(node.entry.escalateAfterMinutes),
        contact ? verifiedText(contact) : '',
      ]);
      visit(node.children, number, `${number} ${name}`);
    });
  };
  visit(callTreeNodes(context.snapshot.callTree?.entries ?? []), '', 'Whoever activates the plan');
  return rows;
}

/** 6. Activation and notification: when and by whom the plan is started, who is called, how the outage is assessed. */
export function activationSection(context: PlanContext): DocumentSection {
  const { runbooks, systems } = context.snapshot;
  const byTier = [...systems].sort((a, b) => (a.tier ?? 9) - (b.tier ?? 9) || a.position - b.position);

  return section(
    'activation',
    'Activation and notification',
    [],
    [
      section('activation-criteria', 'Activation criteria and authority', [
        {
          kind: 'table',
          columns: [
            { header: 'Runbook', weight: 2 },
            { header: 'System', weight: 1.6 },
            { header: 'Start it when', weight: 3 },
            { header: 'Who may activate', weight: 2 },
          ],
          rows: runbooks.map((runbook) => [
            runbook.title,
            context.systemName(runbook.systemId),
            orNone(runbook.activation.criteria),
            orNone(runbook.activation.whoMayActivate),
          ]),
          empty: 'No runbooks written yet, so no activation criteria are recorded.',
        },
      ]),
      section('call-tree', 'Call tree', [
        paragraph(
          'Whoever activates the plan calls the people numbered 1, 2, …; each of them then calls the people numbered under them (1.1, 1.2, …). When someone does not answer within the escalation time, call their alternate, then tell your own caller.',
        ),
        {
          kind: 'table',
          columns: [
            { header: 'No.', weight: 0.5 },
            { header: 'Person', weight: 1.9 },
            { header: 'Called by', weight: 1.5 },
            { header: 'Phone', weight: 2.5 },
            { header: 'Alternate', weight: 1.9 },
            { header: 'Escalate after', weight: 0.9 },
            { header: 'Verified', weight: 1 },
          ],
          rows: callTreeRows(context),
          empty: 'No call tree recorded yet: nobody knows whom to call first.',
        },
      ]),
      section('notification', 'Notification', [
        {
          kind: 'table',
          columns: [
            { header: 'Runbook', weight: 2 },
            { header: 'Who else is told, and how', weight: 4 },
            { header: 'Starts the call tree', weight: 1 },
          ],
          rows: runbooks.map((runbook) => [
            runbook.title,
            orNone(runbook.notification),
            yesNo(runbook.startsCallTree),
          ]),
          empty: 'No runbooks written yet, so no notifications are recorded.',
        },
      ]),
      section('assessment', 'Outage assessment', [
        paragraph(
          'How each failure is noticed: the first check when an outage is reported. The failure scenarios say how each scenario shows itself.',
          'muted',
        ),
        {
          kind: 'table',
          columns: [
            { header: 'System', weight: 2 },
            { header: 'Tier', weight: 0.8 },
            { header: 'How failure is detected', weight: 4 },
          ],
          rows: byTier.map((system) => [system.name, tierShort(system.tier), orNone(system.detection)]),
          empty: 'No systems recorded yet.',
        },
      ]),
    ],
  );
}
