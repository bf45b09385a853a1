import Dexie from 'dexie';
import {
  escalationContactSchema,
  newVendorDefaults,
  vendorEditsSchema,
  vendorSchema,
  type EscalationContact,
  type Vendor,
  type VendorEdits,
} from '../../../shared/model/vendor';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { touchPlan } from '../plans/plan-repository';

function vendorsOfPlan(db: DrpDatabase, planId: string) {
  return db.vendors.where('[planId+position]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]);
}

/** A plan's vendors in the order they were added. */
export function listVendors(db: DrpDatabase, planId: string): Promise<Vendor[]> {
  return vendorsOfPlan(db, planId).toArray();
}

export async function addVendor(db: DrpDatabase, planId: string, name: string): Promise<Vendor> {
  return db.transaction('rw', db.plans, db.vendors, async () => {
    const last = await vendorsOfPlan(db, planId).last();
    const now = nowIso();
    const vendor = vendorSchema.parse({
      id: newId(),
      planId,
      ...newVendorDefaults(name.trim()),
      position: last ? last.position + 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
    await db.vendors.add(vendor);
    await touchPlan(db, planId, now);
    return vendor;
  });
}

/**
 * Reads, changes and writes one vendor in one transaction. Changes are
 * functions of the stored record, so quick ticks or edits to different
 * escalation contacts never overwrite each other.
 */
async function changeVendor(
  db: DrpDatabase,
  id: string,
  change: (current: Vendor) => VendorEdits | Promise<VendorEdits>,
): Promise<void> {
  await db.transaction('rw', [db.plans, db.vendors, db.systems], async () => {
    const current = await db.vendors.get(id);
    if (!current) throw new Error('The vendor no longer exists.');
    const edits = vendorEditsSchema.parse(await change(current));
    const now = nowIso();
    await db.vendors.put(vendorSchema.parse({ ...current, ...edits, updatedAt: now }));
    await touchPlan(db, current.planId, now);
  });
}

export function updateVendor(db: DrpDatabase, id: string, edits: VendorEdits): Promise<void> {
  return changeVendor(db, id, () => edits);
}

/** Ticks or unticks one system the vendor provides; refuses a system of another plan. */
export function setVendorSystem(
  db: DrpDatabase,
  id: string,
  systemId: string,
  provided: boolean,
): Promise<void> {
  return changeVendor(db, id, async (current) => {
    const others = current.systemIds.filter((existing) => existing !== systemId);
    if (!provided) return { systemIds: others };
    if (current.systemIds.includes(systemId)) return {};
    const system = await db.systems.get(systemId);
    if (system?.planId !== current.planId) throw new Error('That system is not part of this plan.');
    return { systemIds: [...others, systemId] };
  });
}

export type EscalationFields = Omit<EscalationContact, 'id'>;

/** Adds someone at the end of the escalation line. */
export async function addEscalationContact(
  db: DrpDatabase,
  id: string,
  fields: EscalationFields,
): Promise<EscalationContact> {
  const person = escalationContactSchema.parse({ id: newId(), ...fields });
  await changeVendor(db, id, (current) => ({ escalation: [...current.escalation, person] }));
  return person;
}

function requirePerson(current: Vendor, personId: string): number {
  const index = current.escalation.findIndex((person) => person.id === personId);
  if (index < 0) throw new Error('That escalation contact no longer exists.');
  return index;
}

export function updateEscalationContact(
  db: DrpDatabase,
  id: string,
  personId: string,
  edits: Partial<EscalationFields>,
): Promise<void> {
  return changeVendor(db, id, (current) => {
    requirePerson(current, personId);
    return {
      escalation: current.escalation.map((person) =>
        person.id === personId ? escalationContactSchema.parse({ ...person, ...edits }) : person,
      ),
    };
  });
}

export function removeEscalationContact(db: DrpDatabase, id: string, personId: string): Promise<void> {
  return changeVendor(db, id, (current) => {
    requirePerson(current, personId);
    return { escalation: current.escalation.filter((person) => person.id !== personId) };
  });
}

/** Moves someone one place earlier (-1) or later (+1) in the escalation line; at either end nothing moves. */
export function moveEscalationContact(
  db: DrpDatabase,
  id: string,
  personId: string,
  by: -1 | 1,
): Promise<void> {
  return changeVendor(db, id, (current) => {
    const index = requirePerson(current, personId);
    const target = index + by;
    const moved = current.escalation[index];
    const other = current.escalation[target];
    if (!moved || !other) return {};
    const escalation = [...current.escalation];
    escalation[target] = moved;
    escalation[index] = other;
    return { escalation };
  });
}

export async function deleteVendor(db: DrpDatabase, id: string): Promise<Vendor> {
  return db.transaction('rw', db.plans, db.vendors, async () => {
    const vendor = await db.vendors.get(id);
    if (!vendor) throw new Error('The vendor no longer exists.');
    await db.vendors.delete(id);
    await touchPlan(db, vendor.planId, nowIso());
    return vendor;
  });
}

export async function restoreVendor(db: DrpDatabase, vendor: Vendor): Promise<void> {
  await db.transaction('rw', [db.plans, db.vendors, db.systems], async () => {
    // Systems deleted while the vendor was gone are not ticked again.
    const systems = await db.systems.bulkGet(vendor.systemIds);
    const systemIds = vendor.systemIds.filter((_, index) => systems[index] !== undefined);
    await db.vendors.add({ ...vendor, systemIds });
    await touchPlan(db, vendor.planId, nowIso());
  });
}

/**
 * Takes a deleted system out of every vendor, inside the caller's
 * transaction, and returns the vendors it was in so Undo can put it back
 * where it was. Bookkeeping: the vendors' "last edited" does not change.
 */
export async function detachFromVendors(
  db: DrpDatabase,
  systemId: string,
): Promise<{ vendorId: string; index: number }[]> {
  const providers = await db.vendors.where('systemIds').equals(systemId).toArray();
  for (const vendor of providers) {
    await db.vendors.update(vendor.id, { systemIds: vendor.systemIds.filter((id) => id !== systemId) });
  }
  return providers.map((vendor) => ({ vendorId: vendor.id, index: vendor.systemIds.indexOf(systemId) }));
}

/** Undo of a system's delete: ticks it again, in its old place, in the vendors that still exist. */
export async function reattachToVendors(
  db: DrpDatabase,
  systemId: string,
  links: readonly { vendorId: string; index: number }[],
): Promise<void> {
  for (const { vendorId, index } of links) {
    const vendor = await db.vendors.get(vendorId);
    if (!vendor || vendor.systemIds.includes(systemId)) continue;
    const systemIds = [...vendor.systemIds];
    systemIds.splice(Math.min(index, systemIds.length), 0, systemId);
    await db.vendors.update(vendor.id, { systemIds });
  }
}
