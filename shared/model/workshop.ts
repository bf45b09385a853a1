import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';
import { durationSchema } from './duration';

/**
 * What a consultant keeps during a workshop with the client: the agenda with its timings, the
 * parking lot of questions nobody could answer in the room, and free notes. One per plan, saved
 * with it, printed in the exports' appendix.
 */

export const MAX_WORKSHOP_ITEMS = 500;

export const parkingLotItemSchema = z.strictObject({
  id: idSchema,
  question: requiredTextSchema('Question', 2000),
  /** Who will find out; free text, as said in the room. */
  owner: textSchema('Who finds out', 200),
  answer: textSchema('Answer', 5000),
  status: z.enum(['open', 'answered'], { error: 'Status must be open or answered' }),
  createdAt: timestampSchema,
});
export type ParkingLotItem = z.infer<typeof parkingLotItemSchema>;

export const agendaItemSchema = z.strictObject({
  id: idSchema,
  title: requiredTextSchema('Agenda item', 200),
  /** The time it is given; the timer counts it down. */
  minutes: durationSchema('Time allowed'),
  done: z.boolean(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const workshopFieldSchemas = {
  notes: textSchema('Workshop notes', 50000),
  parkingLot: z.array(parkingLotItemSchema).max(MAX_WORKSHOP_ITEMS),
  agenda: z.array(agendaItemSchema).max(MAX_WORKSHOP_ITEMS),
} as const;

/** Keyed by its plan, like the call tree: there is at most one. */
export const workshopSchema = z.strictObject({
  planId: idSchema,
  ...workshopFieldSchemas,
  updatedAt: timestampSchema,
});
export type Workshop = z.infer<typeof workshopSchema>;
export const workshopEditsSchema = z.strictObject(workshopFieldSchemas).partial();
export type WorkshopEdits = z.infer<typeof workshopEditsSchema>;

export function emptyWorkshop(planId: string, now: string): Workshop {
  return { planId, notes: '', parkingLot: [], agenda: [], updatedAt: now };
}
