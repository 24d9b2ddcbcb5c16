/**
 * The colour of each grade in the collection's charts and heat maps, on screen and in the consolidated PDF alike:
 * the text on each fill has at least 4.5:1 contrast. Colour is never the only sign: every cell also prints its value.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Grade } from '../../questionnaire/content-schema';

export const GRADE_COLOURS: Readonly<Record<Grade | 'none', { fill: string; text: string }>> = {
  A: { fill: '#0f6b3a', text: '#ffffff' },
  B: { fill: '#6fb86a', text: '#000000' },
  C: { fill: '#f2c94c', text: '#000000' },
  D: { fill: '#f0954b', text: '#000000' },
  E: { fill: '#b3261e', text: '#ffffff' },
  none: { fill: '#e3e5e8', text: '#1b1b1b' },
};
