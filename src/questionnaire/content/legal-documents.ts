import type { LegalDocument } from '../content-schema';

/**
 * Every document the questionnaire cites, and those that replace or amend them, with their status on the
 * questionnaire's `legalAsOf` date (1 December 2026), from shared/reference/vn-egov-facts.md §2 and
 * content-1.1-corrections.md §1. Names, titles and transition notes are in `locales/*\/questionnaire.json` under
 * `legal.<id>`; issuers under `legalIssuers`.
 *
 * Marks of the reference file: [t] = read in a public copy of the official text, gazette not yet seen (used as
 * settled); [?] = not confirmed, hence `unconfirmed`. Dates marked "heading" are not in the reference file: they are
 * the dates in the heading of the official text, to check with the rest of the registry before a release.
 */
export const legalDocuments = [
  // Laws
  {
    id: 'law-e-transactions-2023',
    kind: 'law',
    number: '20/2023/QH15',
    issuer: 'national-assembly',
    issuedOn: '2023-06-22', // heading
    effectiveFrom: '2024-07-01',
    status: 'in-force',
  },
  {
    id: 'law-network-security-2015',
    kind: 'law',
    number: '86/2015/QH13',
    issuer: 'national-assembly',
    issuedOn: '2015-11-19', // heading
    effectiveFrom: '2016-07-01', // heading
    // Law 116/2025 Art. 44.2 [t].
    status: 'repealed',
    effectiveTo: '2026-07-01',
    replacedBy: ['law-cybersecurity-2025'],
  },
  {
    id: 'law-cybersecurity-2025',
    kind: 'law',
    number: '116/2025/QH15',
    issuer: 'national-assembly',
    issuedOn: '2025-12-10',
    effectiveFrom: '2026-07-01',
    status: 'in-force',
  },
  {
    id: 'law-digital-transformation-2025',
    kind: 'law',
    number: '148/2025/QH15',
    issuer: 'national-assembly',
    issuedOn: '2025-12-11',
    effectiveFrom: '2026-07-01',
    status: 'in-force',
  },
  {
    id: 'law-personal-data-2025',
    kind: 'law',
    number: '91/2025/QH15',
    issuer: 'national-assembly',
    issuedOn: '2025-06-26',
    effectiveFrom: '2026-01-01',
    status: 'in-force',
  },
  {
    id: 'law-data-2024',
    kind: 'law',
    number: '60/2024/QH15',
    issuer: 'national-assembly',
    issuedOn: '2024-11-30',
    effectiveFrom: '2025-07-01',
    status: 'in-force',
  },
  {
    id: 'law-ai-2025',
    kind: 'law',
    number: '134/2025/QH15',
    issuer: 'national-assembly',
    effectiveFrom: '2026-03-01',
    status: 'in-force',
  },
  {
    id: 'law-state-secrets-2025',
    kind: 'law',
    number: '117/2025/QH15',
    issuer: 'national-assembly',
    effectiveFrom: '2026-03-01',
    status: 'in-force',
  },

  // Party and Government resolutions
  {
    id: 'resolution-57-2024-tw',
    kind: 'resolution',
    number: '57-NQ/TW',
    issuer: 'politburo',
    issuedOn: '2024-12-22',
    status: 'in-force',
  },
  {
    id: 'resolution-03-2025-cp',
    kind: 'resolution',
    number: '03/NQ-CP',
    issuer: 'government',
    issuedOn: '2025-01-09',
    status: 'in-force',
    amendedBy: ['resolution-71-2025-cp'],
  },
  {
    id: 'resolution-71-2025-cp',
    kind: 'resolution',
    number: '71/NQ-CP',
    issuer: 'government',
    issuedOn: '2025-04-01',
    status: 'in-force',
  },
  {
    id: 'resolution-66-7-2025',
    kind: 'resolution',
    number: '66.7/2025/NQ-CP',
    issuer: 'government',
    issuedOn: '2025-11-15',
    status: 'in-force',
  },
  {
    id: 'resolution-214-2025',
    kind: 'resolution',
    number: '214/NQ-CP',
    issuer: 'government',
    issuedOn: '2025-07-23',
    status: 'in-force',
  },

  // Decrees
  {
    id: 'decree-42-2022',
    kind: 'decree',
    number: '42/2022/NĐ-CP',
    issuer: 'government',
    issuedOn: '2022-06-24',
    // Decree 224/2026 Art. 90.2.b [t].
    status: 'repealed',
    effectiveTo: '2026-07-01',
    replacedBy: ['decree-224-2026'],
  },
  {
    // [t]
    id: 'decree-224-2026',
    kind: 'decree',
    number: '224/2026/NĐ-CP',
    issuer: 'government',
    issuedOn: '2026-06-24',
    effectiveFrom: '2026-07-01',
    status: 'in-force',
  },
  {
    // Widely said to be replaced by Decree 118/2025; its repeal clause was not read [?].
    id: 'decree-45-2020',
    kind: 'decree',
    number: '45/2020/NĐ-CP',
    issuer: 'government',
    issuedOn: '2020-04-08', // heading
    status: 'unconfirmed',
  },
  {
    id: 'decree-118-2025',
    kind: 'decree',
    number: '118/2025/NĐ-CP',
    issuer: 'government',
    issuedOn: '2025-06-09',
    effectiveFrom: '2025-07-01',
    status: 'in-force',
    amendedBy: ['decree-367-2025'],
  },
  {
    // Cited in Decree 224/2026 Art. 89.3 [t].
    id: 'decree-367-2025',
    kind: 'decree',
    number: '367/2025/NĐ-CP',
    issuer: 'government',
    issuedOn: '2025-12-31',
    status: 'in-force',
  },
  {
    id: 'decree-280-2025',
    kind: 'decree',
    number: '280/2025/NĐ-CP',
    issuer: 'government',
    effectiveFrom: '2025-11-01',
    status: 'in-force',
  },
  {
    id: 'decree-68-2024',
    kind: 'decree',
    number: '68/2024/NĐ-CP',
    issuer: 'government',
    issuedOn: '2024-06-25', // heading
    status: 'in-force',
  },
  {
    id: 'decree-23-2025',
    kind: 'decree',
    number: '23/2025/NĐ-CP',
    issuer: 'government',
    issuedOn: '2025-02-21', // heading
    effectiveFrom: '2025-04-10',
    status: 'in-force',
  },
  {
    id: 'decree-69-2024',
    kind: 'decree',
    number: '69/2024/NĐ-CP',
    issuer: 'government',
    issuedOn: '2024-06-25', // heading
    status: 'in-force',
  },
  {
    // Decree 331/2026 has no repeal clause for it; Art. 39.1 keeps it for systems invested before 1/7/2026 [t].
    id: 'decree-85-2016',
    kind: 'decree',
    number: '85/2016/NĐ-CP',
    issuer: 'government',
    issuedOn: '2016-07-01', // heading
    status: 'in-transition',
    transitionNote: true,
  },
  {
    // [t]
    id: 'decree-331-2026',
    kind: 'decree',
    number: '331/2026/NĐ-CP',
    issuer: 'government',
    issuedOn: '2026-08-19',
    effectiveFrom: '2026-08-19',
    status: 'in-force',
  },
  {
    // Sanctions in cybersecurity and personal data protection; in force 19/8/2026 [t].
    id: 'decree-330-2026',
    kind: 'decree',
    number: '330/2026/NĐ-CP',
    issuer: 'government',
    issuedOn: '2026-08-19',
    effectiveFrom: '2026-08-19',
    status: 'in-force',
  },
  {
    // Details of Law 116/2025; in force 19/8/2026 [t].
    id: 'decree-333-2026',
    kind: 'decree',
    number: '333/2026/NĐ-CP',
    issuer: 'government',
    issuedOn: '2026-08-19',
    effectiveFrom: '2026-08-19',
    status: 'in-force',
  },
  {
    // Some articles repealed by Decree 194/2025 Art. 40 [t].
    id: 'decree-47-2020',
    kind: 'decree',
    number: '47/2020/NĐ-CP',
    issuer: 'government',
    issuedOn: '2020-04-09',
    status: 'partly-in-force',
    amendedBy: ['decree-194-2025'],
  },
  {
    // [t]
    id: 'decree-194-2025',
    kind: 'decree',
    number: '194/2025/NĐ-CP',
    issuer: 'government',
    issuedOn: '2025-07-03',
    effectiveFrom: '2025-08-19',
    status: 'in-force',
  },
  {
    id: 'decree-278-2025',
    kind: 'decree',
    number: '278/2025/NĐ-CP',
    issuer: 'government',
    issuedOn: '2025-10-22',
    status: 'in-force',
  },
  {
    // Replaces Decree 13/2023/NĐ-CP.
    id: 'decree-356-2025',
    kind: 'decree',
    number: '356/2025/NĐ-CP',
    issuer: 'government',
    issuedOn: '2025-12-31',
    effectiveFrom: '2026-01-01',
    status: 'in-force',
  },
  {
    // Not re-checked for this edition (vn-egov-facts.md §2).
    id: 'decree-09-2019',
    kind: 'decree',
    number: '09/2019/NĐ-CP',
    issuer: 'government',
    issuedOn: '2019-01-24', // heading
    status: 'in-force',
  },

  // Circulars
  {
    id: 'circular-03-2025-vpcp',
    kind: 'circular',
    number: '03/2025/TT-VPCP',
    issuer: 'government-office',
    issuedOn: '2025-09-15',
    status: 'in-force',
  },
  {
    // Guided Decrees 45/2020 and 107/2021; status not checked [?].
    id: 'circular-01-2023-vpcp',
    kind: 'circular',
    number: '01/2023/TT-VPCP',
    issuer: 'government-office',
    issuedOn: '2023-04-05',
    status: 'unconfirmed',
  },
  {
    // Not re-checked [?].
    id: 'circular-41-2017-btttt',
    kind: 'circular',
    number: '41/2017/TT-BTTTT',
    issuer: 'mic',
    issuedOn: '2017-12-19', // heading
    status: 'unconfirmed',
  },
  {
    // Guided Decree 85/2016 until Circular 12/2022 replaced it; kept in the Pháp điển, cited for rules Circular 12
    // carried over (security-by-level.md §1-5) [t].
    id: 'circular-03-2017-btttt',
    kind: 'circular',
    number: '03/2017/TT-BTTTT',
    issuer: 'mic',
    issuedOn: '2017-04-24', // heading
    status: 'repealed',
    effectiveTo: '2022-10-01',
    replacedBy: ['circular-12-2022-btttt'],
  },
  {
    // Incident response coordination (regime A); its status after Law 86/2015 ended was not checked [?].
    id: 'circular-20-2017-btttt',
    kind: 'circular',
    number: '20/2017/TT-BTTTT',
    issuer: 'mic',
    issuedOn: '2017-09-12', // heading
    status: 'unconfirmed',
  },
  {
    // Monitoring of level 3+ systems (regime A); its status after Law 86/2015 ended was not checked [?].
    id: 'circular-31-2017-btttt',
    kind: 'circular',
    number: '31/2017/TT-BTTTT',
    issuer: 'mic',
    issuedOn: '2017-11-15', // heading
    status: 'unconfirmed',
  },
  {
    // No repeal found; treated as lapsed with Decree 85/2016 by compliance tables [?].
    id: 'circular-12-2022-btttt',
    kind: 'circular',
    number: '12/2022/TT-BTTTT',
    issuer: 'mic',
    issuedOn: '2022-08-12',
    effectiveFrom: '2022-10-01',
    status: 'unconfirmed',
  },
  {
    // Status after Decree 42/2022's repeal not confirmed; MOST now guides portals (Decree 224 Art. 11.6) [?].
    id: 'circular-22-2023-btttt',
    kind: 'circular',
    number: '22/2023/TT-BTTTT',
    issuer: 'mic',
    issuedOn: '2023-12-31',
    effectiveFrom: '2024-04-05',
    status: 'unconfirmed',
  },

  // Decisions, notices, letters, plans
  {
    id: 'decision-766-2022',
    kind: 'decision',
    number: '766/QĐ-TTg',
    issuer: 'prime-minister',
    issuedOn: '2022-06-23',
    status: 'in-force',
  },
  {
    id: 'decision-1565-2025',
    kind: 'decision',
    number: '1565/QĐ-TTg',
    issuer: 'prime-minister',
    issuedOn: '2025-07-18',
    status: 'in-force',
  },
  {
    id: 'decision-06-2022',
    kind: 'decision',
    number: '06/QĐ-TTg',
    issuer: 'prime-minister',
    issuedOn: '2022-01-06',
    status: 'in-force',
  },
  {
    // The national emergency response scheme for network information security [t]; status not re-checked [?].
    id: 'decision-05-2017-ttg',
    kind: 'decision',
    number: '05/2017/QĐ-TTg',
    issuer: 'prime-minister',
    issuedOn: '2017-03-16', // heading
    status: 'unconfirmed',
  },
  {
    id: 'decision-405-2025-bkhcn',
    kind: 'decision',
    number: '405/QĐ-BKHCN',
    issuer: 'most',
    issuedOn: '2025-04-03',
    status: 'in-force',
  },
  {
    // The 2026 plan; its date of issue is not in the reference file.
    id: 'decision-11-2026-bcdcp',
    kind: 'decision',
    number: '11/QĐ-BCĐCP',
    issuer: 'government-steering-committee',
    status: 'in-force',
  },
  {
    id: 'decision-757-2025-bkhcn',
    kind: 'decision',
    number: '757/QĐ-BKHCN',
    issuer: 'most',
    issuedOn: '2025-04-29',
    status: 'in-force',
  },
  {
    id: 'notice-408-2025-vpcp',
    kind: 'notice',
    number: '408/TB-VPCP',
    issuer: 'government-office',
    issuedOn: '2025-08-08',
    status: 'in-force',
  },
  {
    // Its date of issue is not confirmed [?].
    id: 'notice-56-vpcp',
    kind: 'notice',
    number: '56/TB-VPCP',
    issuer: 'government-office',
    status: 'in-force',
  },
  {
    id: 'letter-159-2026-ttg',
    kind: 'letter',
    number: '159/TTg-CĐS',
    issuer: 'prime-minister',
    issuedOn: '2026-02-15',
    status: 'in-force',
  },
  {
    // Its phases ended on 31/12/2025: background for 2026, not an obligation.
    id: 'plan-02-2025-bcdtw',
    kind: 'plan',
    number: '02-KH/BCĐTW',
    issuer: 'central-steering-committee',
    issuedOn: '2025-06-19',
    status: 'in-force',
  },

  // National standards
  {
    id: 'tcvn-11930-2017',
    kind: 'standard',
    number: 'TCVN 11930:2017',
    status: 'in-transition',
    transitionNote: true,
  },
  {
    // Applied by MPS's QCVN 12:2026/BCA (Circular 47/2026/TT-BCA): §4 for levels 1-2, §5 for levels 3-5 [t].
    id: 'tcvn-14423-2025',
    kind: 'standard',
    number: 'TCVN 14423:2025',
    issuedOn: '2025-05-29',
    status: 'in-force',
  },
  {
    // Decision 3243/QĐ-BKHCN, said to replace TCVN 14423:2025 and TCVN 11930:2017 [?].
    id: 'tcvn-14423-2026',
    kind: 'standard',
    number: 'TCVN 14423:2026',
    issuedOn: '2026-07-24',
    status: 'unconfirmed',
  },
] as const satisfies readonly LegalDocument[];

export type LegalDocumentId = (typeof legalDocuments)[number]['id'];
