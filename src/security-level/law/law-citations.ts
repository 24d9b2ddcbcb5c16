/**
 * Every legal reference of the security-by-level law data, for the checks that each names a registry document
 * (`questionnaire/content/legal-documents.ts`) and that each registry document is cited somewhere.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { LegalReference } from '../../questionnaire/content-schema';
import { authorityRules } from './authorities';
import { criteria } from './criteria';
import { dossierComponents } from './dossier-components';
import { dutyRules } from './duties';
import { requirementGroups } from './requirement-groups';

export function lawReferences(): LegalReference[] {
  return [...criteria, ...dossierComponents, ...authorityRules, ...requirementGroups, ...dutyRules].flatMap(
    (rule) => rule.legalBasis,
  );
}

/** The registry documents the law data cites, each once. */
export function lawDocumentIds(): Set<string> {
  return new Set(lawReferences().map((reference) => reference.documentId));
}
