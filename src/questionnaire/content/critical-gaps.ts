import type { CriticalGap, NationalTarget } from '../content-schema';

/**
 * Gaps that cap the grade (see docs/methodology.md). Chosen where a legal obligation is plain and its absence puts
 * citizens' data or the unit's evaluation at risk, whatever the rest of the score says.
 */
export const criticalGaps = [
  {
    // Online services are measured from data sent by the procedure system (Decree 224/2026 Art. 12, 19 [t]); an
    // unconnected system leaves the province's services unmeasured. ("Not evaluated" was MIC's 2024 policy, not law.)
    id: 'procedure-system-not-on-emc',
    questionId: 'monitoring-procedure-system-emc',
    rule: { kind: 'choice-in', choices: ['no', 'partly', 'dont-know'] },
    capGrade: 'C',
  },
  {
    // A system serving citizens runs without an approved security level: required before go-live under Decree
    // 85/2016 and, for levels 3-5, Decree 331/2026 Art. 30.6 [?].
    id: 'citizen-systems-without-level',
    questionId: 'security-citizen-systems-level-approved',
    rule: { kind: 'choice-in', choices: ['no', 'partly', 'dont-know'] },
    capGrade: 'D',
  },
  {
    id: 'inventory-citizen-system-without-level',
    questionId: 'security-system-inventory',
    rule: { kind: 'citizen-system-without-approved-level' },
    capGrade: 'D',
  },
] satisfies CriticalGap[];

/** National targets the results compare against (facts file, November 2026). */
export const nationalTargets = [
  { id: 'procedure-system-on-emc', questionId: 'monitoring-procedure-system-emc', expectedChoice: 'yes' },
  {
    // QĐ 11/QĐ-BCĐCP (2026) names commune officials; the question asks every unit type.
    id: 'commune-officials-signatures',
    questionId: 'signatures-officials-equipped',
    deadline: '2026-12-31',
    appliesTo: ['commune-committee'],
  },
  { id: 'satisfaction-95', questionId: 'services-satisfaction-rate', deadline: '2026-12-31' },
  { id: 'officials-digital-skills', questionId: 'capacity-digital-skills-trained', deadline: '2026-12-31' },
  { id: 'databases-connectable', questionId: 'data-databases-connectable' },
] satisfies NationalTarget[];
