/**
 * A workshop as the trainer's device keeps it (issue 13): what it is, when and where, the units expected (taken from
 * the department's roster, or typed), and which received assessments and summaries belong to its class.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import { MAX_ROSTER_ENTRIES, rosterEntrySchema } from '../collection/roster/roster-schema';

export const MAX_WORKSHOP_TITLE_LENGTH = 200;
export const MAX_WORKSHOP_PLACE_LENGTH = 200;

const text = () =>
  z
    .string()
    .overwrite((value) => value.normalize('NFC'))
    .trim();

export const workshopSchema = z.object({
  id: z.string().min(1).max(64),
  title: text()
    .min(1, { error: 'workshop.errors.titleRequired' })
    .max(MAX_WORKSHOP_TITLE_LENGTH, { error: 'workshop.errors.titleTooLong' }),
  /** The day it is held, ISO (YYYY-MM-DD). */
  date: z.iso.date({ error: 'workshop.errors.dateInvalid' }),
  place: text()
    .max(MAX_WORKSHOP_PLACE_LENGTH, { error: 'workshop.errors.placeTooLong' })
    .optional()
    .transform((value) => (value === '' ? undefined : value)),
  /** The units expected in the room, as roster entries (so received assessments match them as a roster's do). */
  expectedUnits: z.array(rosterEntrySchema).max(MAX_ROSTER_ENTRIES).default([]),
  /**
   * The ids of the received assessments handed in to this workshop, by QR code or file. Ids, not `received` keys:
   * a diverging copy's key can change (decision 0012); every copy of a listed id belongs to the workshop.
   */
  assessmentIds: z.array(z.string().min(1).max(64)).max(MAX_ROSTER_ENTRIES).default([]),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Workshop = z.output<typeof workshopSchema>;
export type WorkshopInput = z.input<typeof workshopSchema>;
