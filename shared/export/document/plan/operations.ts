import { holdsData } from '../../../analysis/findings';
import {
  BACKUP_METHOD_LABELS,
  COPY_LOCATION_LABELS,
  REDUNDANCY_INFO,
  SYSTEM_TYPE_LABELS,
  type System,
} from '../../../model/system';
import { TEAM_KIND_INFO } from '../../../model/team';
import type { DocumentSection } from '../model';
import type { PlanContext } from './context';
import { duration, nameList, orNone, tierShort, yesNo } from './format';
import { successionText } from './people';
import { paragraph, section } from './sections';

export function redundancyText(system: Pick<System, 'redundancy'>): string {
  const { redundancy } = system;
  if (redundancy.mode === 'active-active') return `Active-active, ${redundancy.instances} instances`;
  return REDUNDANCY_INFO[redundancy.mode].label;
}

export function backupText(system: System): string {
  if (!holdsData(system)) return 'Not applicable';
  return system.backupMethod === null ? 'Not recorded' : BACKUP_METHOD_LABELS[system.backupMethod];
}

/** 3. Concept of operations: the systems, how they are protected, who does what. */
export function operationsSection(context: PlanContext): DocumentSection {
  const { systems, teams } = context.snapshot;
  const redundant = systems.filter((system) => system.redundancy.mode !== 'none');
  const roles = teams.filter((team) => team.kind === 'role');

  return section(
    'operations',
    'Concept of operations',
    [],
    [
      section('system-descriptions', 'System descriptions', [
        {
          kind: 'table',
          columns: [
            { header: 'System', weight: 2 },
            { header: 'Type', weight: 1.5 },
            { header: 'Tier', weight: 0.75 },
            { header: 'Owner', weight: 1.4 },
            { header: 'Description', weight: 3 },
            { header: 'How failure is detected', weight: 2.2 },
          ],
          rows: systems.map((system) => [
            system.name,
            SYSTEM_TYPE_LABELS[system.type],
            tierShort(system.tier),
            orNone(system.owner),
            orNone(system.description),
            orNone(system.detection),
          ]),
          empty: 'No systems recorded yet.',
        },
      ]),
      section('backups', 'Backup and alternate-site arrangements', [
        {
          kind: 'table',
          caption: 'Backups and copies of data',
          columns: [
            { header: 'System', weight: 2 },
            { header: 'Backup method', weight: 1.8 },
            { header: 'Backup every', weight: 1 },
            { header: 'Replica lag', weight: 1 },
            { header: 'Copies kept', weight: 1.3 },
            { header: 'Offline copy', weight: 0.9 },
            { header: 'Last restore test', weight: 1.2 },
          ],
          rows: systems.map((system) =>
            holdsData(system)
              ? [
                  system.name,
                  backupText(system),
                  duration(system.backupInterval),
                  duration(system.replicationLag),
                  system.copyLocations.length === 0
                    ? 'Not recorded'
                    : nameList(system.copyLocations.map((place) => COPY_LOCATION_LABELS[place])),
                  yesNo(system.offlineCopy),
                  system.lastRestoreTest ?? 'Never tested',
                ]
              : [system.name, 'Holds no data', '', '', '', '', ''],
          ),
          empty: 'No systems recorded yet.',
        },
        {
          kind: 'table',
          caption: 'Redundancy and standby capacity',
          columns: [
            { header: 'System', weight: 2 },
            { header: 'Redundancy', weight: 2 },
            { header: 'Tier', weight: 1 },
          ],
          rows: redundant.map((system) => [system.name, redundancyText(system), tierShort(system.tier)]),
          empty: 'No system has redundancy recorded: each runs as a single instance.',
        },
        paragraph(
          'No alternate site is recorded in this plan. Where a system has a standby or further instances, they are listed above.',
          'muted',
        ),
      ]),
      section('roles', 'Roles and responsibilities', [
        {
          kind: 'table',
          columns: [
            { header: 'Role or team', weight: 1.6 },
            { header: 'Kind', weight: 0.7 },
            { header: 'Responsibilities', weight: 3.5 },
            { header: 'People, in order', weight: 2.2 },
          ],
          rows: teams.map((team) => [
            team.name,
            TEAM_KIND_INFO[team.kind].label,
            orNone(team.responsibilities),
            successionText(context, team),
          ]),
          empty: 'No roles or teams recorded yet.',
        },
      ]),
      section('succession', 'Line of succession', [
        paragraph(
          'For each role, the first person acts; when they cannot be reached or cannot act, the next one in the list takes over. For a team, the first person leads it.',
        ),
        {
          kind: 'table',
          columns: [
            { header: 'Role', weight: 1.5 },
            { header: 'Acts first', weight: 2 },
            { header: 'Deputies, in order', weight: 3 },
          ],
          rows: roles.map((role) => {
            const [first, ...rest] = successionText(context, role).split('\n');
            return [role.name, first ?? '', rest.length === 0 ? 'Nobody named' : rest.join('\n')];
          }),
          empty: 'No roles recorded yet, so no line of succession is defined.',
        },
      ]),
    ],
  );
}
