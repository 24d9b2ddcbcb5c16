/**
 * The version of the security-by-level law data (`law/*.ts`), and the day its content was checked against
 * shared/reference/security-by-level.md. Screens, the PDF and the DOCX print "as of" this date beside every rule.
 * Raise the version with any change of a rule: minor for a new or corrected rule, patch for a text or a reference.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { lawVersionSchema } from './law-schema';

export const securityLaw = lawVersionSchema.parse({ version: '1.0.0', asOf: '2026-12-01' });
