/** Unit names as the projector shows them once the trainer turns names on: a sample keeps its mark. */
import type { ClassMember } from '../../workshop/projector/projector-model';

export type NameOf = (assessmentId: string) => string;

export function nameLookup(members: readonly ClassMember[], sampleMark: string): NameOf {
  const names = new Map(
    members.map((member) => [
      member.assessmentId,
      member.isSample ? `${member.unitName} (${sampleMark})` : member.unitName,
    ]),
  );
  return (assessmentId) => names.get(assessmentId) ?? assessmentId;
}
