import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import { addSystem, deleteSystem } from '../../renderer/features/systems/system-repository';
import {
  addEscalationContact,
  addVendor,
  deleteVendor,
  listVendors,
  moveEscalationContact,
  removeEscalationContact,
  restoreVendor,
  setVendorSystem,
  updateEscalationContact,
  updateVendor,
} from '../../renderer/features/vendors/vendor-repository';
import type { Plan } from '../../shared/model/plan';
import type { System } from '../../shared/model/system';
import { vendorSchema } from '../../shared/model/vendor';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
let shop: System;
let mail: System;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
  shop = await addSystem(db, plan.id, 'Web shop');
  mail = await addSystem(db, plan.id, 'Mail');
});
afterEach(async () => {
  await db.delete();
});

const person = (name: string) => ({ name, title: '', phone: '', email: '' });

describe('vendor repository', () => {
  it('adds vendors by name in entry order, within their plan, and marks the plan edited', async () => {
    const other = await createPlan(db, { name: 'Other', organisation: '' });
    const before = (await db.plans.get(plan.id))?.updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const first = await addVendor(db, plan.id, 'Northwind Hosting');
    await addVendor(db, other.id, 'Elsewhere Ltd');
    const second = await addVendor(db, plan.id, 'Contoso Mail');
    expect(vendorSchema.parse(await db.vendors.get(first.id))).toEqual(first);
    expect((await listVendors(db, plan.id)).map((vendor) => [vendor.name, vendor.position])).toEqual([
      ['Northwind Hosting', 0],
      ['Contoso Mail', 1],
    ]);
    expect(second).toMatchObject({ slaRestoreMinutes: null, systemIds: [], escalation: [] });
    expect((await db.plans.get(plan.id))?.updatedAt).not.toBe(before);
    await expect(addVendor(db, plan.id, '   ')).rejects.toThrow('Vendor name is required');
  });

  it('saves checked edits and refuses bad ones without touching the record', async () => {
    const vendor = await addVendor(db, plan.id, 'Northwind');
    await updateVendor(db, vendor.id, { slaRestoreMinutes: 480, supportPortal: 'https://help.example.com' });
    expect(await db.vendors.get(vendor.id)).toMatchObject({
      slaRestoreMinutes: 480,
      supportPortal: 'https://help.example.com',
    });
    const stored = await db.vendors.get(vendor.id);
    await expect(updateVendor(db, vendor.id, { supportPortal: 'http://help.example.com' })).rejects.toThrow(
      'Support portal must be a web address starting with https://',
    );
    await expect(updateVendor(db, vendor.id, { supportEmail: 'not an address' })).rejects.toThrow(
      'Support e-mail must be an e-mail address',
    );
    expect(await db.vendors.get(vendor.id)).toEqual(stored);
    await expect(updateVendor(db, crypto.randomUUID(), { notes: 'x' })).rejects.toThrow(
      'The vendor no longer exists.',
    );
  });

  it('ticks and unticks systems, only of its own plan', async () => {
    const vendor = await addVendor(db, plan.id, 'Northwind');
    await setVendorSystem(db, vendor.id, shop.id, true);
    await setVendorSystem(db, vendor.id, mail.id, true);
    await setVendorSystem(db, vendor.id, shop.id, true);
    expect((await db.vendors.get(vendor.id))?.systemIds).toEqual([shop.id, mail.id]);
    await setVendorSystem(db, vendor.id, shop.id, false);
    expect((await db.vendors.get(vendor.id))?.systemIds).toEqual([mail.id]);
    const other = await createPlan(db, { name: 'Other', organisation: '' });
    const foreign = await addSystem(db, other.id, 'Not ours');
    await expect(setVendorSystem(db, vendor.id, foreign.id, true)).rejects.toThrow(
      'That system is not part of this plan.',
    );
  });

  it('keeps the escalation line in order: add, edit, move up and down, remove', async () => {
    const vendor = await addVendor(db, plan.id, 'Northwind');
    const ann = await addEscalationContact(db, vendor.id, { ...person('Ann'), phone: '+44 20 7946 0001' });
    const bob = await addEscalationContact(db, vendor.id, person('Bob'));
    const cy = await addEscalationContact(db, vendor.id, person('Cy'));
    const order = async () => (await db.vendors.get(vendor.id))?.escalation.map((entry) => entry.name);
    expect(await order()).toEqual(['Ann', 'Bob', 'Cy']);

    await moveEscalationContact(db, vendor.id, cy.id, -1);
    expect(await order()).toEqual(['Ann', 'Cy', 'Bob']);
    await moveEscalationContact(db, vendor.id, ann.id, -1);
    await moveEscalationContact(db, vendor.id, bob.id, 1);
    expect(await order()).toEqual(['Ann', 'Cy', 'Bob']);
    await moveEscalationContact(db, vendor.id, ann.id, 1);
    expect(await order()).toEqual(['Cy', 'Ann', 'Bob']);

    await updateEscalationContact(db, vendor.id, ann.id, { title: 'Account manager' });
    expect((await db.vendors.get(vendor.id))?.escalation[1]).toMatchObject({
      name: 'Ann',
      title: 'Account manager',
      phone: '+44 20 7946 0001',
    });
    await expect(updateEscalationContact(db, vendor.id, ann.id, { name: '' })).rejects.toThrow(
      'Name is required',
    );
    await expect(addEscalationContact(db, vendor.id, { ...person('Dee'), email: 'dee' })).rejects.toThrow(
      'E-mail must be an e-mail address',
    );

    await removeEscalationContact(db, vendor.id, cy.id);
    expect(await order()).toEqual(['Ann', 'Bob']);
    await expect(removeEscalationContact(db, vendor.id, cy.id)).rejects.toThrow(
      'That escalation contact no longer exists.',
    );
  });

  it('deletes a vendor and Undo restores it, without systems deleted meanwhile', async () => {
    const vendor = await addVendor(db, plan.id, 'Northwind');
    await setVendorSystem(db, vendor.id, shop.id, true);
    await setVendorSystem(db, vendor.id, mail.id, true);
    const stored = await db.vendors.get(vendor.id);
    const deleted = await deleteVendor(db, vendor.id);
    expect(deleted).toEqual(stored);
    expect(await listVendors(db, plan.id)).toEqual([]);
    await deleteSystem(db, mail.id);
    await restoreVendor(db, deleted);
    expect(await db.vendors.get(vendor.id)).toEqual({ ...deleted, systemIds: [shop.id] });
    await expect(deleteVendor(db, vendor.id)).resolves.toBeDefined();
    await expect(deleteVendor(db, vendor.id)).rejects.toThrow('The vendor no longer exists.');
  });
});
