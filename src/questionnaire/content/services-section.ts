import { UNIT_TYPES, type Section } from '../content-schema';

/**
 * Units with competence to decide procedures: the provincial People's Committee (the chairman's procedures), the
 * departments and the commune People's Committees. The service centres receive dossiers and return results only.
 */
const COMPETENT_UNITS = ['provincial-committee', 'provincial-department', 'commune-committee'] as const;
/**
 * Units where applicants hand in dossiers since Decree 118/2025: the provincial centre, and the commune centre, which
 * is the commune's one-stop unit.
 */
const RECEIVING_UNITS = ['provincial-service-centre', 'commune-service-centre'] as const;
/** Certification (chứng thực) is a commune task: the commune centre receives the request, the committee certifies. */
const COMMUNE_UNITS = ['commune-committee', 'commune-service-centre'] as const;

export const servicesSection = {
  id: 'services',
  weight: 25,
  questions: [
    // Replaces services-full-process-share (1.1.0), whose denominator counted every procedure: the procedures whose
    // partial provision has a published reason (Decree 224/2026 Art. 14 [t]) are now left out of it.
    {
      id: 'services-full-process-offered',
      type: 'count-pair',
      dti: 'digital-government',
      index766: 'online-service',
      weight: 5,
      appliesTo: [...COMPETENT_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'office' },
      legalBasis: [
        { documentId: 'decree-224-2026', article: '14' },
        { documentId: 'law-digital-transformation-2025' },
        { documentId: 'decision-1565-2025' },
      ],
    },
    // "Not applicable" when every procedure of the unit is offered full-process.
    {
      id: 'services-partial-reasons-published',
      type: 'yes-partly-no',
      dti: 'digital-government',
      weight: 2,
      appliesTo: [...COMPETENT_UNITS],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      remediation: { role: 'office' },
      legalBasis: [{ documentId: 'decree-224-2026', article: '14' }],
    },
    {
      id: 'services-national-portal',
      type: 'yes-partly-no',
      dti: 'digital-government',
      index766: 'online-service',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'digital-officer' },
      // Decree 224/2026 Art. 15 [t]: one unified model on the national portal and VNeID; Art. 83: MPS runs the portal.
      legalBasis: [
        { documentId: 'decree-224-2026', article: '15' },
        { documentId: 'decree-224-2026', article: '83' },
        { documentId: 'decree-118-2025' },
        { documentId: 'decision-1565-2025' },
      ],
    },
    // Not every unit handles one of the 25 services (many are commune-level), so "not applicable" is honest here.
    // Plan 02 ended on 31/12/2025; the 25 services are kept by Decision 1565/QĐ-TTg.
    {
      id: 'services-plan-02-full-process',
      type: 'count-pair',
      dti: 'digital-government',
      index766: 'online-service',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [{ documentId: 'decision-1565-2025' }, { documentId: 'plan-02-2025-bcdtw' }],
    },
    // The figures provinces are ranked on: Decree 224/2026 Art. 19.2.b [t] measures the shares of dossiers received
    // and processed online and fully online, from the data the procedure system sends.
    {
      id: 'services-dossiers-received-online',
      type: 'count-pair',
      dti: 'digital-government',
      index766: 'online-service',
      weight: 5,
      // The provincial committee answers with the province-wide figure, the one the province is ranked on.
      appliesTo: ['provincial-committee', ...RECEIVING_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'one-stop-unit' },
      legalBasis: [
        { documentId: 'decree-224-2026', article: '19', clause: '2', point: 'b' },
        { documentId: 'decision-766-2022' },
      ],
    },
    {
      id: 'services-dossiers-fully-online',
      type: 'count-pair',
      dti: 'digital-government',
      index766: 'online-service',
      weight: 5,
      // The provincial committee answers with the province-wide figure, the one the province is ranked on.
      appliesTo: ['provincial-committee', ...RECEIVING_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'one-stop-unit' },
      legalBasis: [
        { documentId: 'decree-224-2026', article: '19', clause: '2', point: 'b' },
        { documentId: 'decree-224-2026', article: '14' },
        { documentId: 'decision-766-2022' },
      ],
    },
    // 1/10/2025 is an aim («phấn đấu», Notice 408/TB-VPCP), not a legal deadline.
    {
      id: 'services-electronic-only-dossiers',
      type: 'yes-partly-no',
      dti: 'digital-government',
      index766: 'online-service',
      weight: 2,
      appliesTo: [...RECEIVING_UNITS],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      remediation: { role: 'one-stop-unit', deadline: '2025-10-01', deadlineKind: 'target' },
      legalBasis: [{ documentId: 'notice-408-2025-vpcp' }, { documentId: 'decision-1565-2025' }],
    },
    {
      id: 'services-dossier-digitisation',
      type: 'percentage',
      dti: 'digital-government',
      index766: 'digitisation',
      weight: 4,
      appliesTo: [...RECEIVING_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'one-stop-unit' },
      legalBasis: [
        { documentId: 'circular-01-2023-vpcp' },
        { documentId: 'decision-1565-2025' },
        { documentId: 'decision-766-2022' },
      ],
    },
    // Replaces the coverage band services-results-digitised (1.1.0): the procedure system counts the dossiers.
    {
      id: 'services-results-digitised-share',
      type: 'count-pair',
      dti: 'digital-government',
      index766: 'digitisation',
      weight: 4,
      appliesTo: [...COMPETENT_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [
        { documentId: 'circular-01-2023-vpcp' },
        { documentId: 'decision-1565-2025' },
        { documentId: 'decision-766-2022' },
      ],
    },
    // Replaces the coverage band services-online-payment (1.1.0): the portal's payment settings give the count.
    // "Not applicable" when no procedure of the unit carries a fee or charge.
    {
      id: 'services-online-payment-share',
      type: 'count-pair',
      dti: 'digital-government',
      index766: 'online-service',
      weight: 3,
      appliesTo: [...COMPETENT_UNITS],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [
        { documentId: 'decree-224-2026', article: '15', clause: '1', point: 'đ' },
        { documentId: 'decree-118-2025' },
      ],
    },
    {
      id: 'services-data-reuse',
      type: 'maturity',
      dti: 'digital-government',
      index766: 'digitisation',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'office' },
      // Decree 280/2025 is about certification (chứng thực) only: cited by services-certification-from-data.
      legalBasis: [
        { documentId: 'resolution-66-7-2025' },
        { documentId: 'letter-159-2026-ttg' },
        { documentId: 'decree-224-2026', article: '15', clause: '1', point: 'd' },
        { documentId: 'decree-224-2026', article: '18', clause: '4' },
      ],
    },
    // Decree 224/2026 Art. 16 [t]: proactive online services on a new scale of four levels (remind; prepare the
    // dossier; recommend the option; carry it out automatically), asked of the bodies that decide procedures.
    {
      id: 'services-proactive-services',
      type: 'maturity',
      dti: 'digital-government',
      index766: 'online-service',
      weight: 2,
      appliesTo: ['provincial-committee', 'provincial-department'],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      remediation: { role: 'digital-officer' },
      legalBasis: [{ documentId: 'decree-224-2026', article: '16' }],
    },
    // Decree 280/2025 (in force 1/11/2025) amends Decree 23/2015 on certified copies and certification: no paper
    // originals or copies of what is on VNeID or in the National Population Database.
    {
      id: 'services-certification-from-data',
      type: 'yes-partly-no',
      dti: 'digital-government',
      weight: 2,
      appliesTo: [...COMMUNE_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'one-stop-unit' },
      legalBasis: [{ documentId: 'decree-280-2025' }, { documentId: 'letter-159-2026-ttg' }],
    },
    // Helping people use online services is what the DTI's digital-society pillar measures, not the administration.
    {
      id: 'services-applicant-support',
      type: 'multi-choice',
      dti: 'digital-society',
      weight: 3,
      appliesTo: [...RECEIVING_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'one-stop-unit' },
      legalBasis: [{ documentId: 'decree-69-2024' }, { documentId: 'decree-118-2025' }],
      options: [
        { id: 'vneid-login', points: 0.3 },
        { id: 'assisted-submission', points: 0.3 },
        { id: 'self-service-devices', points: 0.2 },
        { id: 'published-guides', points: 0.2 },
        { id: 'none', points: 0, isExclusive: true },
      ],
    },
    // At least 95% in 2026 (Decision 1565/QĐ-TTg): a year's target.
    {
      id: 'services-satisfaction-rate',
      type: 'percentage',
      dti: 'digital-government',
      index766: 'satisfaction',
      weight: 4,
      target: 95,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'office', deadline: '2026-12-31', deadlineKind: 'target' },
      legalBasis: [
        { documentId: 'decision-1565-2025' },
        { documentId: 'decree-224-2026', article: '19', clause: '2' },
        { documentId: 'decision-766-2022' },
      ],
    },
    {
      id: 'services-on-time-rate',
      type: 'percentage',
      dti: 'digital-government',
      index766: 'progress',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'unit-leader' },
      legalBasis: [
        { documentId: 'decree-224-2026', article: '19', clause: '2' },
        { documentId: 'decree-118-2025' },
        { documentId: 'decision-766-2022' },
      ],
    },
    // 31/12/2025 is the date Decree 118/2025 sets for publishing the lists: a legal deadline, passed.
    {
      id: 'services-procedure-list-published',
      type: 'yes-partly-no',
      dti: 'digital-government',
      index766: 'transparency',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'office', deadline: '2025-12-31', deadlineKind: 'legal' },
      legalBasis: [{ documentId: 'decree-118-2025' }, { documentId: 'circular-03-2025-vpcp' }],
    },
    // Replaces the coverage band services-procedures-restructured (1.1.0). Decision 1565/QĐ-TTg asks 100% of
    // provincial and commune procedures restructured.
    {
      id: 'services-procedures-restructured-share',
      type: 'count-pair',
      dti: 'digital-government',
      weight: 3,
      target: 100,
      appliesTo: [...COMPETENT_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'office' },
      legalBasis: [{ documentId: 'decision-1565-2025' }],
    },
    {
      id: 'services-obstacles',
      type: 'text',
      dti: 'digital-government',
      weight: 0,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-224-2026', article: '14' }, { documentId: 'decision-1565-2025' }],
    },
  ],
} satisfies Section;
