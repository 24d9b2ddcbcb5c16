import type { LegalDocument } from '../content-schema';

/**
 * Every document the questionnaire cites, from shared/reference/vn-egov-facts.md (as of November 2026).
 * Names and titles are in `locales/*\/questionnaire.json` under `legal.<id>`.
 */
export const legalDocuments = [
  {
    id: 'law-e-transactions-2023',
    kind: 'law',
    number: '20/2023/QH15',
    effectiveFrom: '2024-07-01',
    status: 'in-force',
  },
  { id: 'law-network-security-2015', kind: 'law', number: '86/2015/QH13', status: 'in-transition' },
  {
    id: 'law-cybersecurity-2025',
    kind: 'law',
    number: '116/2025/QH15',
    effectiveFrom: '2026-07-01',
    status: 'unconfirmed',
  },
  { id: 'law-digital-transformation-2025', kind: 'law', number: '148/2025/QH15', status: 'unconfirmed' },
  { id: 'law-personal-data-2025', kind: 'law', number: '91/2025/QH15', status: 'unconfirmed' },
  { id: 'resolution-66-7-2025', kind: 'resolution', number: '66.7/2025/NQ-CP', status: 'in-force' },
  { id: 'resolution-214-2025', kind: 'resolution', number: '214/NQ-CP', status: 'in-force' },
  { id: 'decree-42-2022', kind: 'decree', number: '42/2022/NĐ-CP', issuedOn: '2022-06-24', status: 'in-force' },
  { id: 'decree-45-2020', kind: 'decree', number: '45/2020/NĐ-CP', status: 'unconfirmed' },
  {
    id: 'decree-118-2025',
    kind: 'decree',
    number: '118/2025/NĐ-CP',
    issuedOn: '2025-06-09',
    effectiveFrom: '2025-07-01',
    status: 'in-force',
  },
  { id: 'decree-280-2025', kind: 'decree', number: '280/2025/NĐ-CP', effectiveFrom: '2025-11-01', status: 'in-force' },
  { id: 'decree-68-2024', kind: 'decree', number: '68/2024/NĐ-CP', status: 'in-force' },
  { id: 'decree-23-2025', kind: 'decree', number: '23/2025/NĐ-CP', effectiveFrom: '2025-04-10', status: 'in-force' },
  { id: 'decree-69-2024', kind: 'decree', number: '69/2024/NĐ-CP', status: 'in-force' },
  { id: 'decree-85-2016', kind: 'decree', number: '85/2016/NĐ-CP', status: 'in-transition' },
  { id: 'decree-47-2020', kind: 'decree', number: '47/2020/NĐ-CP', status: 'in-force' },
  { id: 'decree-09-2019', kind: 'decree', number: '09/2019/NĐ-CP', status: 'in-force' },
  { id: 'circular-03-2025-vpcp', kind: 'circular', number: '03/2025/TT-VPCP', status: 'in-force' },
  { id: 'circular-01-2023-vpcp', kind: 'circular', number: '01/2023/TT-VPCP', status: 'in-force' },
  { id: 'circular-41-2017-btttt', kind: 'circular', number: '41/2017/TT-BTTTT', status: 'in-force' },
  { id: 'circular-12-2022-btttt', kind: 'circular', number: '12/2022/TT-BTTTT', status: 'in-transition' },
  { id: 'decision-766-2022', kind: 'decision', number: '766/QĐ-TTg', issuedOn: '2022-06-23', status: 'in-force' },
  { id: 'decision-1565-2025', kind: 'decision', number: '1565/QĐ-TTg', issuedOn: '2025-07-18', status: 'in-force' },
  { id: 'decision-06-2022', kind: 'decision', number: '06/QĐ-TTg', status: 'in-force' },
  {
    id: 'decision-405-2025-bkhcn',
    kind: 'decision',
    number: '405/QĐ-BKHCN',
    issuedOn: '2025-04-03',
    status: 'in-force',
  },
  { id: 'decision-11-2026-bcdcp', kind: 'decision', number: '11/QĐ-BCĐCP', status: 'in-force' },
  { id: 'decision-757-2025-bkhcn', kind: 'decision', number: '757/QĐ-BKHCN', status: 'in-force' },
  { id: 'notice-408-2025-vpcp', kind: 'notice', number: '408/TB-VPCP', issuedOn: '2025-08-08', status: 'in-force' },
  { id: 'notice-56-vpcp', kind: 'notice', number: '56/TB-VPCP', status: 'in-force' },
  { id: 'letter-159-2026-ttg', kind: 'letter', number: '159/TTg-CĐS', issuedOn: '2026-02-15', status: 'in-force' },
  { id: 'plan-02-2025-bcdtw', kind: 'plan', number: '02-KH/BCĐTW', issuedOn: '2025-06-19', status: 'in-force' },
  { id: 'tcvn-11930-2017', kind: 'standard', number: 'TCVN 11930:2017', status: 'in-transition' },
  { id: 'tcvn-14423-2025', kind: 'standard', number: 'TCVN 14423:2025', status: 'unconfirmed' },
] as const satisfies readonly LegalDocument[];

export type LegalDocumentId = (typeof legalDocuments)[number]['id'];
