/**
 * The level-proposal dossier (hồ sơ đề xuất cấp độ) and the steps of its appraisal and approval, per regime and level
 * (shared/reference/security-by-level.md §4; who does what: §3 and `authorities.ts`). Texts:
 * `securityLaw.dossierComponents.<id>` (name, and a description of what to write).
 *
 * A component that is the same thing in both regimes has the same id in both, so what the unit recorded for it is
 * still there when the system's regime changes (`dossier-checklist.ts` looks an id up in the regime first).
 *
 * Regime A: the five components (Decree 85 Art. 15, 17, 19.2: unmarked in the reference, hence `confirmed`) and the
 * level 4-5 contents (Circular 03/2017 Art. 7.3 [t]; the Circular 12/2022 equivalent was not read). Regime A prescribes
 * no form numbers the reference gives. Regime B: Decree 331 Art. 19-24, 29-30 and Forms 01-07 [?].
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { SecurityLevel } from '../../questionnaire/answer-schema';
import type { Regime } from '../classification-schema';
import type { DossierComponent } from './law-schema';

const DECREE_85 = 'decree-85-2016';
const DECREE_331 = 'decree-331-2026';

type Entry = Omit<DossierComponent, 'regime' | 'confirmation' | 'kind'> &
  Partial<Pick<DossierComponent, 'confirmation'>>;

const inRegime =
  (regime: Regime, kind: DossierComponent['kind'], confirmation: DossierComponent['confirmation']) =>
  (entry: Entry): DossierComponent => ({ regime, kind, confirmation, ...entry });

const regimeAComponents: DossierComponent[] = (
  [
    { id: 'overview', fromLevel: '1', by: 'operator', legalBasis: [{ documentId: DECREE_85, article: '15' }] },
    { id: 'design-document', fromLevel: '1', by: 'operator', legalBasis: [{ documentId: DECREE_85, article: '15' }] },
    {
      id: 'level-justification',
      fromLevel: '1',
      by: 'operator',
      // New projects put it in the feasibility study, investment report or rental plan (Art. 13).
      legalBasis: [
        { documentId: DECREE_85, article: '15' },
        { documentId: DECREE_85, article: '13' },
      ],
    },
    {
      id: 'security-plan',
      fromLevel: '1',
      by: 'operator',
      legalBasis: [
        { documentId: DECREE_85, article: '15' },
        { documentId: DECREE_85, article: '19', clause: '2' },
      ],
    },
    {
      id: 'specialised-opinion',
      fromLevel: '4',
      by: 'specialised-unit',
      legalBasis: [
        { documentId: DECREE_85, article: '15' },
        { documentId: DECREE_85, article: '14', clause: '1', point: 'd' },
      ],
    },
    {
      id: 'level-4-5-analysis',
      fromLevel: '4',
      by: 'operator',
      legalBasis: [{ documentId: 'circular-03-2017-btttt', article: '7', clause: '3' }],
      confirmation: 'text',
    },
  ] satisfies Entry[]
).map(inRegime('decree-85', 'component', 'confirmed'));

// Who appraises and approves depends on the level (`authorities.ts`): the steps name them as `appraiser` and
// `approver`, whose texts say who for which level.
const regimeASteps: DossierComponent[] = (
  [
    {
      id: 'request-appraisal-approval',
      fromLevel: '1',
      toLevel: '2',
      by: 'operator',
      legalBasis: [
        { documentId: DECREE_85, article: '12', clause: '1' },
        { documentId: DECREE_85, article: '14', clause: '3', point: 'a' },
      ],
    },
    {
      id: 'request-appraisal',
      fromLevel: '3',
      by: 'operator',
      legalBasis: [{ documentId: DECREE_85, article: '14', clause: '3' }],
    },
    {
      id: 'appraisal-opinion',
      fromLevel: '3',
      by: 'appraiser',
      legalBasis: [
        { documentId: DECREE_85, article: '12' },
        { documentId: DECREE_85, article: '16' },
      ],
    },
    {
      // The approval dossier: the level dossier and the appraisal opinion (Art. 17).
      id: 'submission',
      fromLevel: '3',
      by: 'operator',
      legalBasis: [
        { documentId: DECREE_85, article: '14', clause: '3', point: 'b' },
        { documentId: DECREE_85, article: '17' },
      ],
    },
    {
      id: 'approval-decision',
      fromLevel: '1',
      by: 'approver',
      legalBasis: [
        { documentId: DECREE_85, article: '12' },
        { documentId: DECREE_85, article: '17' },
      ],
    },
  ] satisfies Entry[]
).map(inRegime('decree-85', 'step', 'text'));

const regimeBComponents: DossierComponent[] = (
  [
    {
      id: 'overview',
      fromLevel: '1',
      by: 'operator',
      legalBasis: [
        { documentId: DECREE_331, article: '21' },
        { documentId: DECREE_331, article: '22', clause: '3' },
      ],
    },
    {
      id: 'design-document',
      fromLevel: '1',
      by: 'operator',
      legalBasis: [{ documentId: DECREE_331, article: '21', clause: '2', point: 'b' }],
    },
    {
      id: 'level-justification',
      fromLevel: '1',
      by: 'operator',
      legalBasis: [
        { documentId: DECREE_331, article: '22', clause: '4' },
        { documentId: DECREE_331, article: '10', clause: '3' },
        { documentId: DECREE_331, article: '19' },
      ],
    },
    {
      id: 'security-plan',
      fromLevel: '1',
      by: 'operator',
      legalBasis: [
        { documentId: DECREE_331, article: '21', clause: '4' },
        { documentId: DECREE_331, article: '22', clause: '6' },
        { documentId: DECREE_331, article: '29', clause: '2' },
      ],
    },
    {
      id: 'specialised-opinion',
      fromLevel: '4',
      form: '03',
      by: 'specialised-unit',
      legalBasis: [
        { documentId: DECREE_331, article: '21', clause: '5' },
        { documentId: DECREE_331, article: '20', clause: '1', point: 'd' },
      ],
    },
    {
      id: 'risk-assessment-report',
      fromLevel: '4',
      by: 'operator',
      legalBasis: [{ documentId: DECREE_331, article: '22', clause: '5' }],
    },
    {
      id: 'continuity-justification',
      fromLevel: '4',
      toLevel: '4',
      by: 'operator',
      legalBasis: [{ documentId: DECREE_331, article: '22', clause: '5', point: 'd' }],
    },
  ] satisfies Entry[]
).map(inRegime('decree-331', 'component', 'unconfirmed'));

const regimeBSteps: DossierComponent[] = (
  [
    {
      // The unit's rules on cybersecurity are issued before the dossier is approved (Art. 30.7).
      id: 'cybersecurity-regulation',
      fromLevel: '1',
      by: 'owner',
      legalBasis: [{ documentId: DECREE_331, article: '30', clause: '7' }],
    },
    {
      id: 'request-appraisal-approval',
      fromLevel: '1',
      toLevel: '2',
      form: '01',
      by: 'operator',
      legalBasis: [{ documentId: DECREE_331, article: '20' }],
    },
    {
      id: 'request-appraisal',
      fromLevel: '3',
      form: '02',
      by: 'operator',
      legalBasis: [{ documentId: DECREE_331, article: '20' }],
    },
    {
      id: 'appraisal-opinion',
      fromLevel: '3',
      form: '04',
      by: 'appraiser',
      legalBasis: [
        { documentId: DECREE_331, article: '24', clause: '1', point: 'b' },
        { documentId: DECREE_331, article: '18', clause: '4' },
      ],
    },
    {
      id: 'submission',
      fromLevel: '3',
      form: '05',
      by: 'operator',
      legalBasis: [{ documentId: DECREE_331, article: '20', clause: '3' }],
    },
    {
      id: 'approval-decision',
      fromLevel: '1',
      form: '06',
      by: 'approver',
      legalBasis: [{ documentId: DECREE_331, article: '18' }],
    },
    {
      id: 'security-plan-approval',
      fromLevel: '5',
      form: '07',
      by: 'owner',
      legalBasis: [
        { documentId: DECREE_331, article: '18', clause: '3', point: 'd' },
        { documentId: DECREE_331, article: '20', clause: '3', point: 'c' },
      ],
    },
  ] satisfies Entry[]
).map(inRegime('decree-331', 'step', 'unconfirmed'));

export const dossierComponents: readonly DossierComponent[] = [
  ...regimeAComponents,
  ...regimeASteps,
  ...regimeBComponents,
  ...regimeBSteps,
];

const levelNumber = Number;

/** The components and steps a dossier of that level needs in that regime, in the law data's order. */
export function dossierComponentsFor(regime: Regime, level: SecurityLevel): DossierComponent[] {
  return dossierComponents.filter(
    (component) =>
      component.regime === regime &&
      levelNumber(component.fromLevel) <= levelNumber(level) &&
      (component.toLevel === undefined || levelNumber(level) <= levelNumber(component.toLevel)),
  );
}
