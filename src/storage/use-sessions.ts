/** Live views of workshop mode for screens (re-read whenever any tab writes). `undefined` means still loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ParticipantSession } from '../workshop/session-schema';
import { db } from './db';
import { listSessions, readSessionData, type SessionData } from './sessions';

export { useWorkshopMode } from './use-workshop-mode';

export function useSessions(): ParticipantSession[] | undefined {
  return useLiveQuery(() => listSessions(), []);
}

export function useSessionData(sessionId: string): SessionData | undefined {
  return useLiveQuery(() => readSessionData(sessionId), [sessionId]);
}

export type AssessmentOwner = { found: false } | { found: true; sessionId: string | null };

/**
 * The session an assessment belongs to (`sessionId` null for an assessment of no session), or `found: false` when
 * there is no such assessment (a screen then says "not found" as it always does).
 */
export function useSessionOfAssessment(assessmentId: string): AssessmentOwner | undefined {
  return useLiveQuery(async (): Promise<AssessmentOwner> => {
    const assessment = await db.assessments.get(assessmentId);
    return assessment ? { found: true, sessionId: assessment.sessionId ?? null } : { found: false };
  }, [assessmentId]);
}
