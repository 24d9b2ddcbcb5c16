/**
 * The unit profile of an assessment: who is assessed, by whom, for which period. The unit type decides which
 * questions apply. Error messages are locale keys under `profile.errors.*`, translated where they are shown, so a
 * language switch translates errors already on screen too.
 */
import '../zod-config';
import { z } from 'zod';
import { UNIT_TYPES } from '../questionnaire/content-schema';
import { PROVINCE_IDS } from './provinces';

export const PERIOD_PARTS = ['year', 'h1', 'h2', 'q1', 'q2', 'q3', 'q4'] as const;
export const MIN_PERIOD_YEAR = 2020;
export const MAX_PERIOD_YEAR = 2100;

const requiredText = (errorKey: string, max: number, tooLongKey: string) =>
  z.string({ error: errorKey }).trim().min(1, { error: errorKey }).max(max, { error: tooLongKey });

export const profileSchema = z
  .object({
    unitName: requiredText('profile.errors.unitNameRequired', 200, 'profile.errors.unitNameTooLong'),
    unitType: z.enum(UNIT_TYPES, { error: 'profile.errors.unitTypeRequired' }),
    provinceId: z.enum(PROVINCE_IDS, { error: 'profile.errors.provinceRequired' }),
    communeName: z.string().trim().max(200, { error: 'profile.errors.communeNameTooLong' }).optional(),
    /**
     * The unit's code, when it has one (the administrative unit code of a commune, 25747; a budget relationship
     * code, 1234567; a department's own, 000.00.12.H56): what a department's roster matches first, so that a renamed
     * or merged unit is still recognised. No spaces, as a roster tells codes from names by them.
     */
    unitCode: z
      .string()
      .trim()
      .max(50, { error: 'profile.errors.unitCodeTooLong' })
      .regex(/^[\p{L}\p{N}._/-]*$/u, { error: 'profile.errors.unitCodeInvalid' })
      .optional(),
    assessorName: requiredText('profile.errors.assessorNameRequired', 120, 'profile.errors.assessorNameTooLong'),
    assessorRole: requiredText('profile.errors.assessorRoleRequired', 120, 'profile.errors.assessorRoleTooLong'),
    periodYear: z.coerce
      .number({ error: 'profile.errors.periodYearInvalid' })
      .int({ error: 'profile.errors.periodYearInvalid' })
      .min(MIN_PERIOD_YEAR, { error: 'profile.errors.periodYearInvalid' })
      .max(MAX_PERIOD_YEAR, { error: 'profile.errors.periodYearInvalid' }),
    periodPart: z.enum(PERIOD_PARTS, { error: 'profile.errors.periodPartRequired' }),
  })
  .refine((profile) => profile.unitType !== 'commune-committee' || Boolean(profile.communeName), {
    // A commune People's Committee is identified by its commune; the province alone is ambiguous.
    path: ['communeName'],
    message: 'profile.errors.communeNameRequired',
    // Run even when other fields are invalid, so the user sees every problem at once, not one round at a time.
    when: ({ value }) => typeof value === 'object' && value !== null,
  });

export type ProfileInput = z.input<typeof profileSchema>;
export type Profile = z.output<typeof profileSchema>;
