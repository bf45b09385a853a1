import Dexie from 'dexie';
import {
  newTeamDefaults,
  STARTER_ROLES,
  teamEditsSchema,
  teamSchema,
  type Team,
  type TeamEdits,
  type TeamKind,
} from '../../../shared/model/team';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { detachFromRunbooks, reattachToRunbooks, type StepReference } from '../runbooks/runbook-references';
import { touchPlan } from '../plans/plan-repository';

function teamsOfPlan(db: DrpDatabase, planId: string) {
  return db.teams.where('[planId+position]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]);
}

/** A plan's roles and teams in the order they were added. */
export function listTeams(db: DrpDatabase, planId: string): Promise<Team[]> {
  return teamsOfPlan(db, planId).toArray();
}

async function nextPosition(db: DrpDatabase, planId: string): Promise<number> {
  const last = await teamsOfPlan(db, planId).last();
  return last ? last.position + 1 : 0;
}

export async function addTeam(db: DrpDatabase, planId: string, name: string, kind: TeamKind): Promise<Team> {
  return db.transaction('rw', db.plans, db.teams, async () => {
    const now = nowIso();
    const team = teamSchema.parse({
      id: newId(),
      planId,
      position: await nextPosition(db, planId),
      ...newTeamDefaults(name, kind),
      createdAt: now,
      updatedAt: now,
    });
    await db.teams.add(team);
    await touchPlan(db, planId, now);
    return team;
  });
}

/** Same name, ignoring case and spaces around it: "dr coordinator " is the DR coordinator. */
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The usual roles in one transaction, skipping names the plan already has (so a second click adds nothing). */
export async function addStarterRoles(db: DrpDatabase, planId: string): Promise<Team[]> {
  return db.transaction('rw', db.plans, db.teams, async () => {
    const existing = await listTeams(db, planId);
    const now = nowIso();
    let position = await nextPosition(db, planId);
    const added = STARTER_ROLES.filter(
      (role) => !existing.some((team) => sameName(team.name, role.name)),
    ).map((role) =>
      teamSchema.parse({
        id: newId(),
        planId,
        position: position++,
        ...newTeamDefaults(role.name, role.kind),
        responsibilities: role.responsibilities,
        createdAt: now,
        updatedAt: now,
      }),
    );
    if (added.length === 0) return added;
    await db.teams.bulkAdd(added);
    await touchPlan(db, planId, now);
    return added;
  });
}

/** The usual roles the plan does not have yet. */
export function missingStarterRoles(teams: readonly Pick<Team, 'name'>[]) {
  return STARTER_ROLES.filter((role) => !teams.some((team) => sameName(team.name, role.name)));
}

async function changeTeam(
  db: DrpDatabase,
  id: string,
  change: (current: Team) => TeamEdits | Promise<TeamEdits>,
): Promise<void> {
  await db.transaction('rw', [db.plans, db.teams, db.contacts], async () => {
    const current = await db.teams.get(id);
    if (!current) throw new Error('The role or team no longer exists.');
    const edits = teamEditsSchema.parse(await change(current));
    const now = nowIso();
    await db.teams.put(teamSchema.parse({ ...current, ...edits, updatedAt: now }));
    await touchPlan(db, current.planId, now);
  });
}

export function updateTeam(db: DrpDatabase, id: string, edits: TeamEdits): Promise<void> {
  return changeTeam(db, id, () => edits);
}

/** Adds a person at the end of the line of succession; refuses a contact of another plan. */
export function addMember(db: DrpDatabase, id: string, contactId: string): Promise<void> {
  return changeTeam(db, id, async (current) => {
    if (current.memberIds.includes(contactId)) return {};
    const contact = await db.contacts.get(contactId);
    if (contact?.planId !== current.planId) throw new Error('That person is not a contact of this plan.');
    return { memberIds: [...current.memberIds, contactId] };
  });
}

export function removeMember(db: DrpDatabase, id: string, contactId: string): Promise<void> {
  return changeTeam(db, id, (current) => ({
    memberIds: current.memberIds.filter((memberId) => memberId !== contactId),
  }));
}

/** Moves a person up (-1) or down (+1) the line of succession; at either end nothing changes. */
export function moveMember(db: DrpDatabase, id: string, contactId: string, by: -1 | 1): Promise<void> {
  return changeTeam(db, id, (current) => {
    const from = current.memberIds.indexOf(contactId);
    const to = from + by;
    if (from === -1 || to < 0 || to >= current.memberIds.length) return {};
    const memberIds = [...current.memberIds];
    memberIds.splice(from, 1);
    memberIds.splice(to, 0, contactId);
    return { memberIds };
  });
}

export interface DeletedTeam {
  team: Team;
  /** Runbook steps that named it, which now name it in text only. */
  steps: StepReference[];
}

export async function deleteTeam(db: DrpDatabase, id: string): Promise<DeletedTeam> {
  return db.transaction('rw', [db.plans, db.teams, db.runbooks], async () => {
    const team = await db.teams.get(id);
    if (!team) throw new Error('The role or team no longer exists.');
    const steps = await detachFromRunbooks(db, team.planId, id, team.name);
    await db.teams.delete(id);
    await touchPlan(db, team.planId, nowIso());
    return { team, steps };
  });
}

export async function restoreTeam(db: DrpDatabase, { team, steps }: DeletedTeam): Promise<void> {
  await db.transaction('rw', [db.plans, db.teams, db.contacts, db.runbooks], async () => {
    // People deleted while the team was gone stay out of it.
    const members = await db.contacts.bulkGet(team.memberIds);
    const memberIds = team.memberIds.filter((_, index) => members[index] !== undefined);
    await db.teams.put({ ...team, memberIds });
    await reattachToRunbooks(db, steps);
    await touchPlan(db, team.planId, nowIso());
  });
}
