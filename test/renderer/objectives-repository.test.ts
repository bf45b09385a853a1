import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/model/plan';
import type { DrpDatabase } from '../../renderer/db/database';
import { applyGridPaste } from '../../renderer/features/objectives/grid-repository';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import { addSystem, deleteSystem, listSystems } from '../../renderer/features/systems/system-repository';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
});
afterEach(async () => {
  await db.delete();
});

const snapshot = async () => ({
  plan: await db.plans.get(plan.id),
  systems: await listSystems(db, plan.id),
});

describe('applyGridPaste', () => {
  it('updates existing systems and adds new ones after the last, in block order', async () => {
    const erp = await addSystem(db, plan.id, 'ERP');
    const mail = await addSystem(db, plan.id, 'Mail');
    const crm = await addSystem(db, plan.id, 'CRM');
    await deleteSystem(db, mail.id); // leaves a gap: new rows still go after the highest position
    const before = await db.plans.get(plan.id);
    await new Promise((resolve) => setTimeout(resolve, 5));

    const ids = await applyGridPaste(
      db,
      plan.id,
      [
        { id: erp.id, edits: { rto: 240, owner: 'Finance' } },
        { id: crm.id, edits: { rpo: 60 } },
      ],
      [
        { name: 'Payroll', type: 'application', tier: 2, rto: 2880 },
        { name: 'DNS', type: 'infrastructure' },
      ],
    );

    const { systems, plan: after } = await snapshot();
    expect(systems.map((system) => [system.name, system.position])).toEqual([
      ['ERP', 0],
      ['CRM', 2],
      ['Payroll', 3],
      ['DNS', 4],
    ]);
    expect(systems.slice(2).map((system) => system.id)).toEqual(ids);
    expect(systems[0]).toMatchObject({ rto: 240, owner: 'Finance', type: 'application' });
    expect(systems[1]).toMatchObject({ rpo: 60 });
    expect(systems[2]).toMatchObject({ tier: 2, rto: 2880, owner: '', redundancy: { mode: 'none' } });
    expect(after?.updatedAt).not.toBe(before?.updatedAt);
  });

  it('writes nothing when one new row is invalid', async () => {
    const erp = await addSystem(db, plan.id, 'ERP');
    const before = await snapshot();
    await expect(
      applyGridPaste(db, plan.id, [{ id: erp.id, edits: { rto: 240 } }], [{ name: 'Good' }, { name: '  ' }]),
    ).rejects.toThrow('System name is required');
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when a pasted-over system was deleted meanwhile or belongs to another plan', async () => {
    const other = await createPlan(db, { name: 'Other client', organisation: '' });
    const theirs = await addSystem(db, other.id, 'Their ERP');
    const erp = await addSystem(db, plan.id, 'ERP');
    const gone = await addSystem(db, plan.id, 'Gone');
    await deleteSystem(db, gone.id);
    const before = await snapshot();

    for (const id of [gone.id, theirs.id]) {
      await expect(
        applyGridPaste(
          db,
          plan.id,
          [
            { id: erp.id, edits: { rto: 60 } },
            { id, edits: { rto: 60 } },
          ],
          [{ name: 'New' }],
        ),
      ).rejects.toThrow('deleted meanwhile; nothing was pasted');
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.systems.get(theirs.id)).toMatchObject({ rto: null, planId: other.id });
  });
});
