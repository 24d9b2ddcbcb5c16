import { UNIT_TYPES, type Section } from '../content-schema';

/** Units that receive and process administrative-procedure dossiers themselves. */
const DOSSIER_UNITS = [
  'provincial-department',
  'provincial-service-centre',
  'commune-service-centre',
  'commune-committee',
] as const;

/**
 * Units that manage databases and data of their own (sectoral data, the province's shared data). Service centres work
 * on the provincial procedure system and communes feed the provincial and national databases.
 */
const DATA_OWNERS = ['provincial-committee', 'provincial-department'] as const;

/**
 * Data is the 2026 deliverable: connection and sharing through the National Data Sharing and Coordination Platform is
 * mandatory by 31/12/2026 (Law on Data 60/2024/QH15, Decree 278/2025/NĐ-CP), hence a weight above 1.1.0's 12.
 */
export const dataSection = {
  id: 'data',
  weight: 18,
  questions: [
    {
      id: 'data-population-db-use',
      type: 'maturity',
      dti: 'digital-government',
      weight: 5,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-06-2022' }, { documentId: 'resolution-66-7-2025' }],
      remediation: { role: 'digital-officer' },
    },
    // Replaces the 1.1.0 coverage band `data-no-resubmission`: the procedure system lists the procedures and their
    // dossier items, so the unit can count them. Decree 280/2025 is about certification (chứng thực) only: not cited.
    {
      id: 'data-no-resubmission-procedures',
      type: 'count-pair',
      dti: 'digital-government',
      index766: 'digitisation',
      weight: 5,
      appliesTo: [...DOSSIER_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'resolution-66-7-2025' },
        { documentId: 'letter-159-2026-ttg' },
        { documentId: 'decree-224-2026', article: '18', clause: '4' },
      ],
      remediation: { role: 'one-stop-unit' },
    },
    // The share is read from the procedure system's reports, which the service centre or province may hold.
    {
      id: 'data-population-db-verified-share',
      type: 'percentage',
      dti: 'digital-government',
      weight: 3,
      appliesTo: [...DOSSIER_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'decision-06-2022' }, { documentId: 'letter-159-2026-ttg' }],
      remediation: { role: 'one-stop-unit' },
    },
    // Law on Data 60/2024 and Decree 278/2025: connection and sharing through the National Data Sharing and
    // Coordination Platform is mandatory, for People's Committees at every level too, by 31/12/2026 at the latest.
    {
      id: 'data-lgsp-connection',
      type: 'yes-partly-no',
      dti: 'digital-government',
      weight: 5,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      legalBasis: [
        { documentId: 'law-data-2024' },
        { documentId: 'decree-278-2025' },
        { documentId: 'decree-194-2025' },
        { documentId: 'decree-224-2026', article: '85', clause: '6' },
      ],
      remediation: { role: 'digital-officer', deadline: '2026-12-31', deadlineKind: 'legal' },
    },
    // No target: Resolution 214's 100% is for national and sectoral databases, not every database a unit keeps.
    {
      id: 'data-databases-connectable',
      type: 'count-pair',
      dti: 'digital-government',
      weight: 4,
      appliesTo: [...DATA_OWNERS],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      legalBasis: [
        { documentId: 'law-data-2024' },
        { documentId: 'decree-278-2025', article: '5' },
        { documentId: 'resolution-214-2025' },
      ],
      remediation: { role: 'digital-officer' },
    },
    {
      id: 'data-catalogue',
      type: 'yes-partly-no',
      dti: 'digital-government',
      weight: 3,
      appliesTo: [...DATA_OWNERS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [
        { documentId: 'law-data-2024' },
        { documentId: 'decree-278-2025' },
        { documentId: 'decree-194-2025' },
        { documentId: 'decree-47-2020' },
      ],
      remediation: { role: 'digital-officer' },
    },
    // Master data as the one trusted source: Decree 278/2025 Art. 5 [t].
    {
      id: 'data-master-data',
      type: 'yes-partly-no',
      dti: 'digital-government',
      weight: 3,
      appliesTo: [...DATA_OWNERS],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'law-data-2024' }, { documentId: 'decree-278-2025', article: '5' }],
      remediation: { role: 'digital-officer' },
    },
    // Communes create and update much of the data in sectoral databases (civil status, population, land).
    {
      id: 'data-quality',
      type: 'maturity',
      dti: 'digital-government',
      weight: 3,
      appliesTo: ['provincial-committee', 'provincial-department', 'commune-committee'],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'law-data-2024' },
        { documentId: 'resolution-214-2025' },
        { documentId: 'decision-06-2022' },
      ],
      remediation: { role: 'digital-officer' },
    },
    // The connection of the provincial reporting system is a provincial committee (office) task.
    {
      id: 'data-reporting-system-connected',
      type: 'yes-partly-no',
      dti: 'digital-government',
      weight: 3,
      appliesTo: ['provincial-committee'],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'decree-09-2019' }],
      remediation: { role: 'office' },
    },
    {
      id: 'data-reports-electronic',
      type: 'coverage',
      dti: 'digital-government',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-09-2019' }],
      remediation: { role: 'office' },
    },
    // Replaces the 1.1.0 `data-personal-data-protection`: options re-cut to the duties of Law 91/2025 and Decree
    // 356/2025 (both in force 1/1/2026). Their article numbers are unconfirmed [?]: none cited. The points, in this
    // order, add up to at least 1 in floating point (0.15 + 0.2 + 0.15 + 0.2 + 0.2 + 0.1 gives 0.9999999999999999).
    {
      id: 'data-personal-data-measures',
      type: 'multi-choice',
      dti: 'information-security',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'law-personal-data-2025' }, { documentId: 'decree-356-2025' }],
      remediation: { role: 'unit-leader' },
      options: [
        { id: 'protection-staff', points: 0.2 },
        { id: 'impact-assessment', points: 0.2 },
        { id: 'consent-notice', points: 0.15 },
        { id: 'access-limited', points: 0.15 },
        { id: 'breach-notice', points: 0.2 },
        { id: 'staff-guidance', points: 0.1 },
        { id: 'none', points: 0, isExclusive: true },
      ],
    },
    {
      id: 'data-new-laws-review',
      type: 'yes-partly-no',
      dti: 'institutions',
      weight: 2,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'law-digital-transformation-2025' },
        { documentId: 'decree-224-2026' },
        { documentId: 'law-personal-data-2025' },
        { documentId: 'decree-356-2025' },
      ],
      remediation: { role: 'office' },
    },
    {
      id: 'data-repeated-requests',
      type: 'text',
      dti: 'digital-government',
      weight: 0,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'resolution-66-7-2025' }, { documentId: 'letter-159-2026-ttg' }],
    },
  ],
} satisfies Section;
