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
