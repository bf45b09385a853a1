import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';

/**
 * A role (DR coordinator) or a team (IT recovery team) and the people who
 * fill it, in order. The order is the line of succession: the first person
 * acts; when they cannot, the next one does. For a team the first is its lead.
 */

export const TEAM_KINDS = ['role', 'team'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

export const TEAM_KIND_INFO = {
  role: { label: 'Role', hint: 'one person at a time acts; the others are deputies in order' },
  team: { label: 'Team', hint: 'people who work together; the first is the lead' },
} as const satisfies Record<TeamKind, { label: string; hint: string }>;

export const MAX_MEMBERS = 100;

export const teamFieldSchemas = {
  name: requiredTextSchema('Name', 200),
  kind: z.enum(TEAM_KINDS, { error: 'Kind must be role or team' }),
  /** What it does in a disaster, in plain words. */
  responsibilities: textSchema('Responsibilities', 5000),
  /** Contacts in order of succession: the first acts, the next takes over when they cannot. */
  memberIds: z
    .array(idSchema)
    .max(MAX_MEMBERS, { error: `At most ${MAX_MEMBERS} people per role or team` })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'A person is listed twice' }),
} as const;

export type TeamField = keyof typeof teamFieldSchemas;

export const teamSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  position: z.number().int().nonnegative(),
  ...teamFieldSchemas,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type Team = z.infer<typeof teamSchema>;
export type TeamEdits = Partial<Pick<Team, TeamField>>;
export const teamEditsSchema = z.strictObject(teamFieldSchemas).partial();

/** The roles NIST SP 800-34 and ISO 22301 plans usually name; offered when a plan has none yet. */
export const STARTER_ROLES: readonly Pick<Team, 'name' | 'kind' | 'responsibilities'>[] = [
  {
    name: 'DR coordinator',
    kind: 'role',
    responsibilities:
      'Decides that this is a disaster and activates the plan, starts the call tree, sets priorities, and declares when normal operations resume.',
  },
  {
    name: 'Recovery team lead',
    kind: 'role',
    responsibilities:
      'Runs the recovery: assigns runbooks, tracks each step, escalates when a step fails, reports progress to the DR coordinator.',
  },
  {
    name: 'Communications lead',
    kind: 'role',
    responsibilities:
      'Tells staff, customers, suppliers and, where required, regulators what is happening and when to expect service; one voice for all messages.',
  },
  {
    name: 'IT recovery team',
    kind: 'team',
    responsibilities:
      'Carries out the recovery steps: restores systems and data, fails over, checks they work.',
  },
  {
    name: 'Business recovery team',
    kind: 'team',
    responsibilities:
      'Keeps the business going meanwhile with manual workarounds, then checks the recovered systems with real work before declaring them back.',
  },
];

export function newTeamDefaults(name: string, kind: TeamKind = 'role'): Pick<Team, TeamField> {
  return { name, kind, responsibilities: '', memberIds: [] };
}
