/**
 * The most assessments one file holds, and so one device (a device holds no more than one backup can carry). Apart
 * from `file-format.ts`, whose schemas the first screen does not need: the list's storage reads only this number.
 *
 * Pure module: no React, no storage, no i18next.
 */
export const MAX_ASSESSMENTS = 1000;
