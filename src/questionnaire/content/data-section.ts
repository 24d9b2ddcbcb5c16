import { UNIT_TYPES, type Section } from '../content-schema';

/** Units that receive and process administrative-procedure dossiers themselves. */
const DOSSIER_UNITS = ['provincial-department', 'service-centre', 'commune-committee'] as const;

export const dataSection = {
  id: 'data',
  weight: 12,
  questions: [
    {
      id: 'data-population-db-use',
      type: 'maturity',
      weight: 5,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-06-2022' }, { documentId: 'resolution-66-7-2025' }],
      remediation: { role: 'digital-officer' },
    },
    {
      id: 'data-no-resubmission',
      type: 'coverage',
      weight: 5,
      appliesTo: [...DOSSIER_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      // Decree 280/2025 is about certification (chứng thực) only: not cited here (content-1.1-corrections.md).
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
      weight: 3,
      appliesTo: [...DOSSIER_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'decision-06-2022' }, { documentId: 'letter-159-2026-ttg' }],
      remediation: { role: 'one-stop-unit' },
    },
    {
      id: 'data-lgsp-connection',
      type: 'yes-partly-no',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      // Law on Data 60/2024 and Decree 278/2025: connection and sharing through the National Data Sharing and
      // Coordination Platform is mandatory by 31/12/2026.
      legalBasis: [
        { documentId: 'law-data-2024' },
        { documentId: 'decree-278-2025' },
        { documentId: 'decree-194-2025' },
      ],
      remediation: { role: 'digital-officer' },
    },
    // Communes rarely manage databases of their own; they feed the provincial and national ones.
    {
      id: 'data-databases-connectable',
      type: 'count-pair',
      weight: 4,
      target: 100,
      appliesTo: ['provincial-committee', 'provincial-department', 'service-centre'],
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
      weight: 3,
      appliesTo: ['provincial-committee', 'provincial-department'],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [
        { documentId: 'law-data-2024' },
        { documentId: 'decree-278-2025' },
        { documentId: 'decree-47-2020' },
      ],
      remediation: { role: 'digital-officer' },
    },
    // The connection of the provincial reporting system is a provincial committee (office) task.
    {
      id: 'data-reporting-system-connected',
      type: 'yes-partly-no',
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
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-09-2019' }],
      remediation: { role: 'office' },
    },
    {
      id: 'data-personal-data-protection',
      type: 'multi-choice',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'law-personal-data-2025' }, { documentId: 'decree-356-2025' }],
      remediation: { role: 'unit-leader' },
      options: [
        { id: 'responsible-person', points: 0.2 },
        { id: 'access-limited', points: 0.25 },
        { id: 'purpose-notice', points: 0.2 },
        { id: 'breach-procedure', points: 0.2 },
        { id: 'staff-guidance', points: 0.15 },
        { id: 'none', points: 0, isExclusive: true },
      ],
    },
    {
      id: 'data-new-laws-review',
      type: 'yes-partly-no',
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
      weight: 0,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'resolution-66-7-2025' }, { documentId: 'letter-159-2026-ttg' }],
    },
  ],
} satisfies Section;
