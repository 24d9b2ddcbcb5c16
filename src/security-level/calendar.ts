/**
 * The calendar of duties (issue 14, item 4): for every system the unit owns or operates, and for the unit itself,
 * what the law asks it to do and by when, from the duty rules of `law/duties.ts`, the classification results (passed
 * in, never recomputed here) and the dates the unit recorded. Overdue first, oldest first, then by date.
 *
 * A rule's kind says how its date is found: `inspection` counts `everyMonths` from the last inspection; `annual-report`
 * falls on the same day (`yearly`) every year; `transition` is a fixed date (`by`); `incident-report` runs
 * `withinHours` from each recorded incident; `reclassification` follows a recorded change. A few duties have no
 * period the rule shape can hold (classifying a system in operation never classified, the unit's Quy chế, the
 * organisation's inspection, a condition before go-live): they are told by words in their id (`PURPOSES`, listed in
 * `law/duties.ts` too).
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { InformationSystem, SecurityLevel } from '../questionnaire/answer-schema';
import type { LegalReference } from '../questionnaire/content-schema';
import type { Regime } from './classification-schema';
import type { ClassificationResult } from './classification-result';
import type { Confirmation, DutyRule } from './law/law-schema';
import { addDays, addHours, addMonths, occurrenceInYear } from './calendar-dates';
import type { Incident, SystemSecurity, UnitSecurity } from './system-security-schema';

export const DUTY_STATUSES = ['overdue', 'due-soon', 'upcoming', 'done', 'standing'] as const;
export type DutyStatus = (typeof DUTY_STATUSES)[number];
/** "Due soon": within this many days (the screen and the file's reminder speak of a month). */
export const DUE_SOON_DAYS = 30;
/** Systems in operation never classified: the duty applies since Decree 331 came into force (inference, [?]). */
export const CLASSIFY_DUE_SINCE = '2026-08-19';

/** How a rule's purpose is told from its id, for the duties whose date the rule shape alone cannot say. */
const PURPOSES = {
  classify: (rule: DutyRule) => rule.id.includes('classify-in-operation') || rule.id.includes('never-classified'),
  unitRules: (rule: DutyRule) => rule.id.includes('cybersecurity-rules') || rule.id.includes('quy-che'),
  organisation: (rule: DutyRule) => rule.kind === 'inspection' && rule.id.includes('organisation'),
  serious: (rule: DutyRule) => rule.id.includes('serious'),
  personalData: (rule: DutyRule) => rule.id.includes('personal-data') || rule.to === 'pdp-authority',
  toMps: (rule: DutyRule) => rule.to === 'mps',
};
type Purpose = keyof typeof PURPOSES;

function ruleFor(rules: readonly DutyRule[], purpose: 'classify' | 'unitRules' | 'organisation'): DutyRule | undefined {
  return rules.find(PURPOSES[purpose]);
}
const isSpecial = (rule: DutyRule) =>
  (['classify', 'unitRules', 'organisation'] as Purpose[]).some((purpose) => PURPOSES[purpose](rule));

export interface Duty {
  /** Stable across visits and exports: subject, rule and, for an incident's clock, the incident. */
  id: string;
  /** The inventory row's id, or `unit` for the unit's own duties. */
  systemId: string;
  dutyRuleId: string;
  kind: DutyRule['kind'] | 'classification' | 'unit-rules';
  regime: Regime;
  level?: SecurityLevel;
  /** The date it is due (ISO), or for an incident's clock the instant (ISO date-time). */
  dueOn?: string;
  dueAt?: string;
  /** When it was last done, where the calendar counts from it (the last inspection, the report sent). */
  doneOn?: string;
  status: DutyStatus;
  /** The law sets the same day every year: the calendar file repeats it. */
  yearly?: boolean;
  everyMonths?: number;
  withinHours?: number;
  to?: string;
  incidentId?: string;
  /** Done, but after it was due (an incident reported after its clock ran out). */
  late?: boolean;
  legalBasis: LegalReference[];
  confirmation: Confirmation;
}

export interface SystemDutyInput {
  row: InformationSystem;
  record: SystemSecurity | undefined;
  result: ClassificationResult;
}

export interface DutyListInput {
  systems: readonly SystemDutyInput[];
  unit: UnitSecurity | undefined;
  /** The unit owns at least one system: the owner's duties (Quy chế, report to MPS, organisation inspection). */
  ownsSystems: boolean;
  /** ISO date, the user's local day. */
  today: string;
  /** ISO date-time for the incident clocks; the start of `today` (UTC) when absent. */
  now?: string;
  rules: readonly DutyRule[];
}

const appliesTo = (rule: DutyRule, regime: Regime, level: SecurityLevel | undefined) =>
  rule.regime === regime && (level === undefined || rule.levels.includes(level));

function datedStatus(dueOn: string, today: string): DutyStatus {
  if (dueOn < today) return 'overdue';
  return dueOn <= addDays(today, DUE_SOON_DAYS) ? 'due-soon' : 'upcoming';
}

function basis(rule: DutyRule) {
  return { dutyRuleId: rule.id, legalBasis: rule.legalBasis, confirmation: rule.confirmation };
}

/** The level the duties follow: the approved one while it stands, else the one proposed. */
function dutyLevel(result: ClassificationResult): SecurityLevel | undefined {
  return result.approvedLevel ?? result.level;
}

function isInOperation({ record }: SystemDutyInput, today: string): boolean {
  const since = record?.classification.inOperationSince;
  // The inventory lists the systems the unit has; without a go-live date, it is taken as running.
  return since === undefined || since <= today;
}

function inspectionDuty(input: SystemDutyInput, rule: DutyRule, level: SecurityLevel, today: string): Duty {
  const { row, record } = input;
  const last = record?.duties.lastInspectedOn ?? row.lastInspectedOn;
  const since = record?.classification.inOperationSince;
  const everyMonths = rule.everyMonths ?? 12;
  const common = { id: `${row.id}:${rule.id}`, systemId: row.id, kind: rule.kind, regime: rule.regime, level };
  // Never inspected: due a period after go-live when known, else now; not yet live: a period after go-live.
  const dueOn = last ? addMonths(last, everyMonths) : since ? addMonths(since, everyMonths) : today;
  const status = !last && isInOperation(input, today) && !since ? 'due-soon' : datedStatus(dueOn, today);
  return { ...common, ...basis(rule), dueOn, status, everyMonths, ...(last ? { doneOn: last } : {}) };
}

/** The next report due: this year's day unless this year's report was sent. */
function annualDueOn(yearly: string, lastYear: number | undefined, today: string): string {
  const year = Number(today.slice(0, 4));
  return occurrenceInYear(yearly, lastYear !== undefined && lastYear >= year ? lastYear + 1 : year);
}

function annualDuty(id: string, systemId: string, rule: DutyRule, lastYear: number | undefined, today: string) {
  const dueOn = annualDueOn(rule.yearly ?? '12-31', lastYear, today);
  return {
    id,
    systemId,
    kind: rule.kind,
    regime: rule.regime,
    ...basis(rule),
    dueOn,
    status: datedStatus(dueOn, today),
    yearly: true,
    ...(rule.to ? { to: rule.to } : {}),
  } satisfies Duty;
}

/** Which clocks an incident starts: the serious-incident notice only if serious, the personal-data one if any. */
function clockApplies(rule: DutyRule, incident: Incident): boolean {
  if (PURPOSES.serious(rule)) return incident.serious === true;
  if (PURPOSES.personalData(rule)) return incident.personalData === true;
  return true;
}

function incidentDuties(input: SystemDutyInput, rules: readonly DutyRule[], now: string): Duty[] {
  const { row, record, result } = input;
  const regime = result.regime.regime;
  const clocks = rules.filter((rule) => rule.kind === 'incident-report' && rule.regime === regime && rule.withinHours);
  return (record?.duties.incidents ?? []).flatMap((incident) =>
    clocks
      .filter((rule) => clockApplies(rule, incident))
      .map((rule): Duty => {
        const dueAt = addHours(incident.detectedAt, rule.withinHours ?? 0);
        const reported = incident.reportedAt;
        const status = reported ? 'done' : Date.parse(dueAt) < Date.parse(now) ? 'overdue' : 'due-soon';
        return {
          id: `${row.id}:${rule.id}:${incident.id}`,
          systemId: row.id,
          kind: rule.kind,
          regime,
          ...basis(rule),
          dueAt,
          dueOn: dueAt.slice(0, 10),
          status,
          withinHours: rule.withinHours,
          incidentId: incident.id,
          ...(rule.to ? { to: rule.to } : {}),
          ...(reported ? { doneOn: reported } : {}),
          ...(reported && Date.parse(reported) > Date.parse(dueAt) ? { late: true } : {}),
        };
      }),
  );
}

function systemDuties(input: SystemDutyInput, rules: readonly DutyRule[], today: string, now: string): Duty[] {
  const { row, record, result } = input;
  const regime = result.regime.regime;
  const level = dutyLevel(result);
  const duties: Duty[] = [];
  const subject = { systemId: row.id, regime, ...(level ? { level } : {}) };
  const classifyRule = ruleFor(rules, 'classify');
  // Only for a system with no transition of its own: those have their approval deadline instead.
  const noTransition = result.regime.deadlines.length === 0;
  if (!row.approvedLevel && classifyRule?.regime === regime && noTransition && isInOperation(input, today)) {
    const dueOn = classifyRule.by ?? CLASSIFY_DUE_SINCE;
    duties.push({
      ...subject,
      id: `${row.id}:${classifyRule.id}`,
      kind: 'classification',
      ...basis(classifyRule),
      dueOn,
      status: datedStatus(dueOn, today),
    });
  }
  for (const deadline of result.regime.deadlines) {
    const rule = rules.find((candidate) => candidate.id === deadline.dutyId);
    if (!rule) continue;
    // The approval deadline is met once the level is approved under it (after the new law came into force).
    const met = rule.id.includes('approv') && row.approvedOn !== undefined && row.approvedOn >= '2026-07-01';
    duties.push({
      ...subject,
      id: `${row.id}:${rule.id}`,
      kind: rule.kind,
      ...basis(rule),
      dueOn: deadline.by,
      status: met ? 'done' : datedStatus(deadline.by, today),
    });
  }
  if (level) {
    for (const rule of rules.filter((candidate) => appliesTo(candidate, regime, level))) {
      if (isSpecial(rule)) continue;
      if (rule.kind === 'inspection') duties.push(inspectionDuty(input, rule, level, today));
      else if (rule.kind === 'annual-report' && rule.yearly && !PURPOSES.toMps(rule))
        duties.push({
          ...annualDuty(`${row.id}:${rule.id}`, row.id, rule, record?.duties.lastAnnualReportYear, today),
          level,
        });
      else if (rule.kind === 'transition' && !rule.by && !isInOperation(input, today))
        duties.push({ ...subject, id: `${row.id}:${rule.id}`, kind: rule.kind, ...basis(rule), status: 'standing' });
      else if (rule.kind === 'monitoring')
        duties.push({ ...subject, id: `${row.id}:${rule.id}`, kind: rule.kind, ...basis(rule), status: 'standing' });
    }
  }
  const reclassify = rules.find((rule) => rule.kind === 'reclassification' && appliesTo(rule, regime, level));
  if (reclassify) {
    const changedOn = record?.duties.changedOn;
    const classifiedOn = record?.duties.lastClassifiedOn ?? row.approvedOn;
    const pending = changedOn !== undefined && (classifiedOn === undefined || changedOn > classifiedOn);
    // The law sets no time limit: a change makes it due now, not overdue.
    duties.push({
      ...subject,
      id: `${row.id}:${reclassify.id}`,
      kind: reclassify.kind,
      ...basis(reclassify),
      ...(pending ? { dueOn: changedOn, status: 'due-soon' } : { status: 'standing' }),
    });
  }
  return [...duties, ...incidentDuties(input, rules, now)];
}

function unitDuties({ systems, unit, ownsSystems, today, rules }: DutyListInput): Duty[] {
  if (!ownsSystems) return [];
  const owned = systems.filter(({ row }) => row.role === undefined || row.role === 'owner');
  const regimes = new Set(owned.map(({ result }) => result.regime.regime));
  const duties: Duty[] = [];
  const rulesRule = ruleFor(rules, 'unitRules');
  if (rulesRule && (regimes.has(rulesRule.regime) || owned.length === 0)) {
    const issued = unit?.rulesIssuedOn;
    // Due before any approval under the regime: a level approved since its decree came into force without them is late.
    const approvals = owned
      .filter(({ row, result }) => result.regime.regime === rulesRule.regime && row.approvedOn !== undefined)
      .map(({ row }) => row.approvedOn ?? '')
      .filter((approvedOn) => approvedOn >= CLASSIFY_DUE_SINCE)
      .sort();
    const firstApproval = approvals[0];
    const pending = firstApproval
      ? { status: 'overdue' as const, dueOn: firstApproval }
      : { status: 'due-soon' as const };
    duties.push({
      id: `unit:${rulesRule.id}`,
      systemId: 'unit',
      kind: 'unit-rules',
      regime: rulesRule.regime,
      ...basis(rulesRule),
      ...(issued ? { status: 'done', doneOn: issued } : pending),
    });
  }
  const inspection = ruleFor(rules, 'organisation');
  if (inspection) {
    const last = unit?.lastOrganisationInspectionOn;
    const dueOn = last ? addMonths(last, inspection.everyMonths ?? 24) : today;
    duties.push({
      id: `unit:${inspection.id}`,
      systemId: 'unit',
      kind: inspection.kind,
      regime: inspection.regime,
      ...basis(inspection),
      dueOn,
      status: last ? datedStatus(dueOn, today) : 'due-soon',
      everyMonths: inspection.everyMonths,
      ...(last ? { doneOn: last } : {}),
    });
  }
  // The owner's report to MPS gathers its systems' reports: one for the unit, if a system it owns follows the rule.
  for (const rule of rules.filter((candidate) => candidate.kind === 'annual-report' && PURPOSES.toMps(candidate))) {
    const applies = owned.some(({ result }) => {
      const level = dutyLevel(result);
      return level !== undefined && appliesTo(rule, result.regime.regime, level);
    });
    if (applies) duties.push(annualDuty(`unit:${rule.id}`, 'unit', rule, unit?.lastAnnualReportYear, today));
  }
  return duties;
}

/** The standing incident-reporting rules of the regimes the unit's systems follow (both when none is known). */
export function incidentRules(rules: readonly DutyRule[], regimes: ReadonlySet<Regime>): DutyRule[] {
  return rules.filter((rule) => rule.kind === 'incident-report' && (regimes.size === 0 || regimes.has(rule.regime)));
}

const STATUS_RANK: Record<DutyStatus, number> = { overdue: 0, 'due-soon': 1, upcoming: 1, standing: 2, done: 3 };

/** Overdue first, oldest first; then by date; undated duties after dated ones; done last. */
export function compareDuties(a: Duty, b: Duty): number {
  const rank = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (rank !== 0) return rank;
  const dateA = a.dueAt ?? a.dueOn ?? '9999';
  const dateB = b.dueAt ?? b.dueOn ?? '9999';
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function listDuties(input: DutyListInput): Duty[] {
  const now = input.now ?? `${input.today}T00:00:00.000Z`;
  const systems = input.systems.filter(({ row }) => row.role !== 'user');
  return [
    ...unitDuties(input),
    ...systems.flatMap((system) => systemDuties(system, input.rules, input.today, now)),
  ].sort(compareDuties);
}
