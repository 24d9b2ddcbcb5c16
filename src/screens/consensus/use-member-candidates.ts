import { useMemo } from 'react';
import { useAssessmentList } from '../../storage/use-assessments';
import { useCollection } from '../../storage/use-collection';
import { groupCandidatesByUnit, type MemberCandidate, type UnitGroup } from '../../workshop/consensus/unit-groups';

/**
 * The units whose members' assessments can be merged: the device's own and the received copies, leaving out
 * samples (made to teach with) and assessments that are themselves a consensus. `undefined` while loading.
 */
export function useUnitGroups(): UnitGroup[] | undefined {
  const own = useAssessmentList();
  const received = useCollection();
  return useMemo(() => {
    if (!own || !received) return undefined;
    const candidates: MemberCandidate[] = [
      ...own.flatMap(({ assessment, answers }): MemberCandidate[] =>
        assessment.sample || assessment.consensus
          ? []
          : [
              {
                key: `own:${assessment.id}`,
                origin: 'own',
                assessmentId: assessment.id,
                profile: assessment.profile,
                updatedAt: assessment.updatedAt,
                answers: [...answers.values()],
              },
            ],
      ),
      ...received.flatMap(({ key, id, entry }): MemberCandidate[] =>
        entry.assessment.sample || entry.assessment.consensus
          ? []
          : [
              {
                key: `received:${key}`,
                origin: 'received',
                assessmentId: id,
                profile: entry.assessment.profile,
                updatedAt: entry.assessment.updatedAt,
                answers: entry.answers,
              },
            ],
      ),
    ];
    return groupCandidatesByUnit(candidates);
  }, [own, received]);
}
