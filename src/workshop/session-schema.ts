/**
 * Workshop mode on a shared device (issue 13): the device's setting, and the sessions of the participants who use
 * it one after another. Each session shows only its own assessments and locks after a while left alone; its PIN is
 * kept only as a salted PBKDF2 hash.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';

export const pinHashSchema = z.object({
  /** Base64 of 16 random bytes. */
  salt: z.string().min(1).max(64),
  /** Base64 of the PBKDF2-SHA-256 derivation. */
  hash: z.string().min(1).max(128),
  iterations: z.number().int().min(1),
});
export type PinHash = z.infer<typeof pinHashSchema>;

export const participantSessionSchema = z.object({
  id: z.string().min(1).max(64),
  /** The participant's unit, as they typed it: what they recognise their session by on the lock screen. */
  unitName: z.string().trim().min(1).max(200),
  pin: pinHashSchema,
  startedAt: z.iso.datetime(),
});
export type ParticipantSession = z.infer<typeof participantSessionSchema>;

export const LOCK_AFTER_MINUTES = [2, 5, 10, 15, 30] as const;

export const workshopModeSchema = z.object({
  key: z.literal('workshop-mode'),
  /** Minutes without a touch, click or key before an open session locks. */
  lockAfterMinutes: z.union(LOCK_AFTER_MINUTES.map((minutes) => z.literal(minutes))),
  /** The trainer's PIN, asked to leave workshop mode. */
  trainerPin: pinHashSchema,
  enabledAt: z.iso.datetime(),
});
export type WorkshopMode = z.infer<typeof workshopModeSchema>;

/** What a participant types to start their session; errors are locale keys under `sharedDevice.errors.*`. */
export const sessionStartSchema = z
  .object({
    unitName: z
      .string()
      .trim()
      .min(1, { error: 'sharedDevice.errors.unitNameRequired' })
      .max(200, { error: 'sharedDevice.errors.unitNameTooLong' }),
    pin: z.string().regex(/^\d{4,6}$/, { error: 'sharedDevice.errors.pinFormat' }),
    pinAgain: z.string(),
  })
  .refine((input) => input.pin === input.pinAgain, {
    path: ['pinAgain'],
    message: 'sharedDevice.errors.pinMismatch',
    when: ({ value }) => typeof value === 'object' && value !== null,
  });
export type SessionStartInput = z.infer<typeof sessionStartSchema>;

/** The trainer's choices when putting a device in workshop mode. */
export const workshopModeSetupSchema = z
  .object({
    lockAfterMinutes: z.coerce.number().pipe(z.union(LOCK_AFTER_MINUTES.map((minutes) => z.literal(minutes)))),
    pin: z.string().regex(/^\d{4,6}$/, { error: 'sharedDevice.errors.pinFormat' }),
    pinAgain: z.string(),
  })
  .refine((input) => input.pin === input.pinAgain, {
    path: ['pinAgain'],
    message: 'sharedDevice.errors.pinMismatch',
    when: ({ value }) => typeof value === 'object' && value !== null,
  });
export type WorkshopModeSetupInput = z.input<typeof workshopModeSetupSchema>;
