/**
 * What a participant may open in their session (issue 13): the start (their own assessments), a new assessment, the
 * screens of one assessment (every route with an `:assessmentId`, so a screen added later is covered), and handing
 * in. Everything else (the collection, import, the device's data, workshops) is the trainer's or the owner's.
 */
import { paths, RoutePattern } from '../../paths';

const OPEN_TO_PARTICIPANTS: readonly string[] = [paths.home.pattern, paths.newAssessment.pattern, paths.handIn.pattern];

export type SessionRoute = { allowed: true; assessmentId?: string } | { allowed: false };

export function sessionRoute(location: string): SessionRoute {
  const path = location.replace(/\/+$/, '') || '/';
  if (OPEN_TO_PARTICIPANTS.some((pattern) => pattern.toLowerCase() === path.toLowerCase())) return { allowed: true };
  for (const route of Object.values(paths)) {
    if (!(route.pattern instanceof RoutePattern)) continue;
    const assessmentId = route.pattern.exec(location)?.groups?.assessmentId;
    if (assessmentId !== undefined) return { allowed: true, assessmentId };
  }
  return { allowed: false };
}
