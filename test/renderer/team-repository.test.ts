import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import { addContact, deleteContact } from '../../renderer/features/contacts/contact-repository';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import { addSystem } from '../../renderer/features/systems/system-repository';
import {
  addMember,
  addStarterRoles,
  addTeam,
  deleteTeam,
  listTeams,
  missingStarterRoles,
  moveMember,
  removeMember,
  restoreTeam,
  updateTeam,
} from '../../renderer/features/teams/team-repository';
import type { Contact } from '../../shared/model/contact';
import type { Plan } from '../../shared/model/plan';
import { newRunbookDefaults, newStepDefaults, runbookSchema } from '../../shared/model/runbook';
import { STARTER_ROLES } from '../../shared/model/team';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
let ann: Contact;
let ben: Contact;
let cat: Contact;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
  ann = await addContact(db, plan.id, 'Ann');
  ben = await addContact(db, plan.id, 'Ben');
  cat = await addContact(db, plan.id, 'Cat');
});
afterEach(async () => {
  await db.delete();
});

const names = async () => (await listTeams(db, plan.id)).map((team) => team.name);

describe('team repository', () => {
  it('adds the usual roles once, skipping names already there whatever their case', async () => {
    await addTeam(db, plan.id, ' dr COORDINATOR ', 'role');
    const added = await addStarterRoles(db, plan.id);
    expect(added).toHaveLength(STARTER_ROLES.length - 1);
    expect(await names()).toEqual(['dr COORDINATOR', ...STARTER_ROLES.slice(1).map((role) => role.name)]);
    expect(await addStarterRoles(db, plan.id)).toEqual([]);
    expect(missingStarterRoles(await listTeams(db, plan.id))).toEqual([]);
    const lead = (await listTeams(db, plan.id)).find((team) => team.name === 'IT recovery team');
    expect(lead).toMatchObject({ kind: 'team', memberIds: [] });
    expect(lead?.responsibilities).toMatch(/restores systems/);
  });

  it('keeps a line of succession: add, move up and down, remove', async () => {
    const role = await addTeam(db, plan.id, 'DR coordinator', 'role');
    for (const contact of [ann, ben, cat]) await addMember(db, role.id, contact.id);
    await addMember(db, role.id, ann.id);
    await moveMember(db, role.id, cat.id, -1);
    await moveMember(db, role.id, ann.id, -1);
    await moveMember(db, role.id, ben.id, 1);
    expect((await db.teams.get(role.id))?.memberIds).toEqual([ann.id, cat.id, ben.id]);
    await removeMember(db, role.id, cat.id);
    expect((await db.teams.get(role.id))?.memberIds).toEqual([ann.id, ben.id]);
    const other = await createPlan(db, { name: 'Other', organisation: '' });
    const stranger = await addContact(db, other.id, 'Stranger');
    await expect(addMember(db, role.id, stranger.id)).rejects.toThrow('not a contact of this plan');
  });

  it('updates fields and refuses an empty name without writing', async () => {
    const team = await addTeam(db, plan.id, 'Crisis team', 'team');
    await updateTeam(db, team.id, { responsibilities: 'Decides.', kind: 'role' });
    await expect(updateTeam(db, team.id, { name: '' })).rejects.toThrow('Name is required');
    expect(await db.teams.get(team.id)).toMatchObject({
      name: 'Crisis team',
      kind: 'role',
      responsibilities: 'Decides.',
    });
  });

  it('deletes a role, leaving its name in runbook steps, and Undo restores it without people deleted meanwhile', async () => {
    const role = await addTeam(db, plan.id, 'DR coordinator', 'role');
    await addMember(db, role.id, ann.id);
    await addMember(db, role.id, ben.id);
    const system = await addSystem(db, plan.id, 'CRM');
    const now = new Date().toISOString();
    const runbook = runbookSchema.parse({
      id: crypto.randomUUID(),
      planId: plan.id,
      systemId: system.id,
      ...newRunbookDefaults('Recover CRM'),
      steps: [{ id: crypto.randomUUID(), ...newStepDefaults('Decide'), responsibleId: role.id }],
      createdAt: now,
      updatedAt: now,
    });
    await db.runbooks.add(runbook);

    const deleted = await deleteTeam(db, role.id);
    expect(await names()).toEqual([]);
    expect((await db.runbooks.get(runbook.id))?.steps[0]).toMatchObject({
      responsibleId: null,
      responsible: 'DR coordinator',
    });
    await deleteContact(db, ben.id);
    await restoreTeam(db, deleted);
    expect((await db.teams.get(role.id))?.memberIds).toEqual([ann.id]);
    expect((await db.runbooks.get(runbook.id))?.steps[0]).toMatchObject({
      responsibleId: role.id,
      responsible: '',
    });
  });
});
