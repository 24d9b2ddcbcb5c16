/**
 * Which assessments may be merged as members of one unit (issue 13): the device's own and the received copies, put
 * together when they name the same unit as the department's roster recognises it (`collection/roster/unit-name.ts`):
 * in one province, the same unit code where both give one, or the same name key ("UBND xã Minh Châu" and "Ủy ban
 * nhân dân xã Minh Châu").
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Profile } from '../../assessment/profile-schema';
import { normalizeCode, unitNameKey } from '../../collection/roster/unit-name';
import type { Answer } from '../../questionnaire/answer-schema';

export interface MemberCandidate {
  /** Unique among candidates: `own:<assessment id>` or `received:<collection key>`. */
  key: string;
  origin: 'own' | 'received';
  assessmentId: string;
  profile: Profile;
  updatedAt: string;
  answers: Answer[];
}

export interface UnitGroup {
  /** The key of its first candidate: stable while the group keeps that candidate. */
  key: string;
  unitName: string;
  candidates: MemberCandidate[];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'vi');

function isSameUnit(a: Profile, b: Profile): boolean {
  if (a.provinceId !== b.provinceId) return false;
  if (a.unitCode && b.unitCode && normalizeCode(a.unitCode) === normalizeCode(b.unitCode)) return true;
  return unitNameKey(a.unitName, a.provinceId) === unitNameKey(b.unitName, b.provinceId);
}

/** One candidate per assessment: of two copies of one (two received exports, or received and own) the newest. */
function newestPerAssessment(candidates: readonly MemberCandidate[]): MemberCandidate[] {
  const newest = new Map<string, MemberCandidate>();
  for (const candidate of candidates) {
    const held = newest.get(candidate.assessmentId);
    if (!held || candidate.updatedAt > held.updatedAt) newest.set(candidate.assessmentId, candidate);
  }
  return [...newest.values()];
}

/** The units with at least two assessments, by name; each unit's candidates by the assessor's name. */
export function groupCandidatesByUnit(candidates: readonly MemberCandidate[]): UnitGroup[] {
  const ordered = newestPerAssessment(candidates).sort(
    (a, b) => byText(a.profile.assessorName, b.profile.assessorName) || byText(a.key, b.key),
  );
  // Small lists (a workshop table, a department's collection): linking each candidate to every earlier group it
  // matches, and joining those groups, is clear enough and never slow.
  const groups: MemberCandidate[][] = [];
  for (const candidate of ordered) {
    const matching = groups.filter((group) => group.some((other) => isSameUnit(other.profile, candidate.profile)));
    const joined = [...matching.flat(), candidate];
    for (const group of matching) groups.splice(groups.indexOf(group), 1);
    groups.push(joined);
  }
  return groups
    .filter((group) => group.length >= 2)
    .map((group) => {
      const sorted = group.sort(
        (a, b) => byText(a.profile.assessorName, b.profile.assessorName) || byText(a.key, b.key),
      );
      const first = sorted[0] as MemberCandidate;
      return { key: first.key, unitName: first.profile.unitName, candidates: sorted };
    })
    .sort((a, b) => byText(a.unitName, b.unitName) || byText(a.key, b.key));
}

/**
 * The merged assessment's profile: the unit as most members gave its type (the first member's otherwise), its name,
 * province, commune, code and period as the first member gave them, and the facilitator as its assessor.
 */
export function consensusProfile(
  members: readonly MemberCandidate[],
  facilitator: { name: string; role: string },
): Profile {
  const first = members[0]?.profile;
  if (!first) throw new Error('No members');
  const counts = new Map<Profile['unitType'], number>();
  for (const { profile } of members) counts.set(profile.unitType, (counts.get(profile.unitType) ?? 0) + 1);
  const unitType = [...counts].reduce((best, next) => (next[1] > best[1] ? next : best), [first.unitType, 0])[0];
  const unitCode = members.find(({ profile }) => profile.unitCode)?.profile.unitCode;
  const communeName = members.find(({ profile }) => profile.communeName)?.profile.communeName;
  return {
    unitName: first.unitName,
    unitType,
    provinceId: first.provinceId,
    ...(communeName ? { communeName } : {}),
    ...(unitCode ? { unitCode } : {}),
    assessorName: facilitator.name,
    assessorRole: facilitator.role,
    periodYear: first.periodYear,
    periodPart: first.periodPart,
  };
}
