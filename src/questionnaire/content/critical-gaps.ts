import type { CriticalGap, NationalTarget } from '../content-schema';

/**
 * Gaps that cap the grade (see docs/methodology.md §3). Chosen where a legal obligation is plain and its absence puts
 * citizens' data or the unit's evaluation at risk, whatever the rest of the score says. Every cap binds only a unit
 * that owns what is missing, and is proportional where the answer is a share.
 */
export const criticalGaps = [
  {
    // Online services are measured from data the procedure system sends (Decree 224/2026 Art. 12, 19 [t]); an
    // unconnected system leaves the province's services unmeasured. The provincial People's Committee owns that
    // system, so only it is capped, and it is expected to know.
    id: 'procedure-system-not-on-emc',
    questionId: 'monitoring-procedure-system-emc',
    rule: { kind: 'choice-in', choices: ['no', 'partly', 'dont-know'] },
    capGrade: 'C',
    appliesTo: ['provincial-committee'],
  },
  {
    // Some owned systems run without an approved level: C while at least 80% are approved (the national goal of
    // "over 80%" of state systems with approved levels [?]), D below.
    id: 'owned-systems-not-all-approved',
    questionId: 'security-level-dossiers-approved',
    rule: { kind: 'share-below', percent: 100 },
    capGrade: 'C',
  },
  {
    id: 'owned-systems-mostly-unapproved',
    questionId: 'security-level-dossiers-approved',
    rule: { kind: 'share-below', percent: 80 },
    capGrade: 'D',
  },
  {
    // A system that handles administrative procedures is level 3 (Decree 331/2026 Art. 13.2.b [?]) and may not run
    // unapproved (Art. 30.6 [?]; under Decree 85/2016 a level was required before go-live).
    id: 'owned-procedure-system-without-level',
    questionId: 'security-system-inventory',
    rule: { kind: 'owned-procedure-system-without-approved-level' },
    capGrade: 'D',
  },
] satisfies CriticalGap[];

/** National targets the results compare against (facts file, December 2026). */
export const nationalTargets = [
  { id: 'procedure-system-on-emc', questionId: 'monitoring-procedure-system-emc', expectedChoice: 'yes' },
  {
    // QĐ 11/QĐ-BCĐCP (the 2026 plan) names commune cán bộ, công chức, viên chức: those of the commune committee and
    // of the commune centre; the question asks every unit type.
    id: 'commune-officials-signatures',
    questionId: 'signatures-officials-equipped',
    deadline: '2026-12-31',
    deadlineKind: 'target',
    appliesTo: ['commune-committee', 'commune-service-centre'],
  },
  { id: 'satisfaction-95', questionId: 'services-satisfaction-rate', deadline: '2026-12-31', deadlineKind: 'target' },
  // The Central Steering Committee's 2026 programme: 100% of work records online at every level.
  {
    id: 'work-records-online',
    questionId: 'signatures-work-records-online-share',
    deadline: '2026-12-31',
    deadlineKind: 'target',
  },
  // Decision 1565/QĐ-TTg: 100% of provincial and commune procedures restructured (no date set).
  { id: 'procedures-restructured', questionId: 'services-procedures-restructured-share' },
  {
    id: 'officials-digital-skills',
    questionId: 'capacity-digital-skills-trained',
    deadline: '2026-12-31',
    deadlineKind: 'target',
  },
  {
    // Law on Data 60/2024/QH15 and Decree 278/2025/NĐ-CP: mandatory, for People's Committees at every level too.
    id: 'data-sharing-platform',
    questionId: 'data-lgsp-connection',
    expectedChoice: 'yes',
    deadline: '2026-12-31',
    deadlineKind: 'legal',
  },
] satisfies NationalTarget[];
