/**
 * Where each text of the security-by-level law data lives: `locales/<language>/screen-security-law.json`, merged into
 * the `common` namespace once a screen has loaded `screenTextsReady('security-law')`. Screens, the exports and the
 * law-data test all derive keys here, so a renamed key cannot drift between them.
 *
 * Facts with options: the enums of `classification-schema.ts`; a yes/no fact has the options `true` and `false`, the
 * risk review's level the options `1` to `5`.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { ClassificationWarning, RegimeCase } from '../classification-result';
import type { ClassificationFact, Regime } from '../classification-schema';
import type { Confirmation } from './law-schema';

const ROOT = 'securityLaw';

const named = (kind: string, id: string) => ({
  name: `${ROOT}.${kind}.${id}.name`,
  description: `${ROOT}.${kind}.${id}.description`,
});

export const lawKeys = {
  /** One plain sentence: "Hệ thống phục vụ hoạt động nội bộ, chỉ xử lý thông tin công cộng." */
  criterion: (id: string) => `${ROOT}.criteria.${id}`,
  dossierComponent: (id: string) => named('dossierComponents', id),
  /** Who: `owner`, `operator`, `specialised-unit`, `mps`, ... */
  authority: (id: string) => `${ROOT}.authorities.${id}`,
  requirementGroup: (id: string) => named('requirementGroups', id),
  duty: (id: string) => named('duties', id),
  regime: (regime: Regime) => ({ name: `${ROOT}.regimes.${regime}.name`, short: `${ROOT}.regimes.${regime}.short` }),
  regimeCase: (regimeCase: RegimeCase) => `${ROOT}.regimeCases.${regimeCase}`,
  warning: (warning: ClassificationWarning) => `${ROOT}.warnings.${warning}`,
  confirmation: (confirmation: Confirmation) => `${ROOT}.confirmations.${confirmation}`,
  /** The guided question: its label (a question an official understands) and a hint. */
  fact: (fact: ClassificationFact) => ({ label: `${ROOT}.facts.${fact}.label`, hint: `${ROOT}.facts.${fact}.hint` }),
  factOption: (fact: ClassificationFact, option: string) => `${ROOT}.factOptions.${fact}.${option}`,
};
