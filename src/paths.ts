/**
 * Every route of the app, as patterns for the router and builders for links: no URL strings in components.
 *
 * An assessment id comes from a file as well as from this app, so it can hold any character ("/", "#", "?", "%",
 * spaces, Vietnamese letters): every builder encodes what it puts in a path segment, and every pattern hands the
 * screens the segment decoded again, so a screen's `useParams()` gives back exactly the id that was linked to.
 *
 * Why the segment is encoded twice: wouter runs `decodeURI` over the whole path before matching whenever it holds a
 * "%". `decodeURI` decodes "%25" to "%" but leaves "%2F", "%23", "%3F" encoded, so with one `encodeURIComponent`
 * the ids "a/b" and "a%2Fb" would reach the screen as the same text. Encoded twice, the path holds only "%25"
 * escapes and unreserved ASCII; wouter's `decodeURI` then gives exactly the single `encodeURIComponent` of the
 * id, and the pattern decodes that once more. A link written with a single encoding (typed by hand) still opens.
 */
import type { SectionId } from './questionnaire/content-schema';

/** Percent-encodes `.!~*'()` too, which `encodeURIComponent` leaves: "." and ".." would be dot segments. */
function encodeComponentStrictly(value: string): string {
  return encodeURIComponent(value).replace(/[.!~*'()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * One path segment for any text: encoded twice (see above). The id "new" (in any case) would be taken for
 * `/assessments/new`, the route that creates an assessment, so its first letter is encoded as well.
 */
export function encodeSegment(value: string): string {
  const once = encodeComponentStrictly(value).replace(/^n(?=ew$)/i, (char) => `%${char.charCodeAt(0).toString(16)}`);
  return once.replace(/%/g, '%25');
}

/** The text of a segment as wouter matched it (after its `decodeURI`); left as it is when it is not an escape. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A route pattern such as `/assessments/:assessmentId/plan`, as the router's regular expression (the one
 * `regexparam` would build: a segment per parameter, optional trailing slash, any case) whose matches hold the
 * parameters decoded. wouter takes a RegExp as it is and reads the parameters from its named groups.
 */
export class RoutePattern extends RegExp {
  readonly route: string;

  constructor(route: string) {
    const source = route
      .split('/')
      .map((part) => (part.startsWith(':') ? `(?<${part.slice(1)}>[^/]+?)` : escapeRegExp(part)))
      .join('\\/');
    super(`^${source}\\/?$`, 'i');
    this.route = route;
  }

  override exec(path: string): RegExpExecArray | null {
    const match = super.exec(path);
    if (!match) return match;
    for (let index = 1; index < match.length; index += 1) {
      const value = match[index];
      if (value !== undefined) match[index] = decodeSegment(value);
    }
    const groups = match.groups;
    if (groups) {
      for (const [name, value] of Object.entries(groups)) {
        if (value !== undefined) groups[name] = decodeSegment(value);
      }
    }
    return match;
  }
}

const assessmentPath = (id: string) => `/assessments/${encodeSegment(id)}`;

export const paths = {
  home: { pattern: '/', to: () => '/' },
  importFile: { pattern: '/import', to: () => '/import' },
  collection: { pattern: '/collection', to: () => '/collection' },
  device: { pattern: '/device', to: () => '/device' },
  /** Putting this device in workshop mode, shared by participants one after another (issue 13). */
  workshopModeSetup: { pattern: '/device/workshop-mode', to: () => '/device/workshop-mode' },
  /** A participant's "finish and hand in" on a shared device (issue 13). */
  handIn: { pattern: '/session/hand-in', to: () => '/session/hand-in' },
  /** The trainer's (or department's) device reading an assessment shown as QR codes (issue 13). */
  receiveQr: {
    pattern: '/qr/receive',
    /** With a workshop, what is read is handed in to it as well (issue 13). */
    to: (workshopId?: string) =>
      workshopId ? `/qr/receive?workshop=${encodeURIComponent(workshopId)}` : '/qr/receive',
  },
  /** Choosing the members of one unit whose separate answers are merged into one consensus (issue 13). */
  consensus: { pattern: '/consensus', to: () => '/consensus' },
  /** The discussion of a consensus assessment: the differences, each member's answer, the group's decisions. */
  consensusDiscussion: {
    pattern: new RoutePattern('/consensus/:assessmentId'),
    to: (id: string) => `/consensus/${encodeSegment(id)}`,
  },
  received: { pattern: new RoutePattern('/collection/:key'), to: (key: string) => `/collection/${encodeSegment(key)}` },
  newAssessment: { pattern: '/assessments/new', to: () => '/assessments/new' },
  assessment: { pattern: new RoutePattern('/assessments/:assessmentId'), to: (id: string) => assessmentPath(id) },
  profile: {
    pattern: new RoutePattern('/assessments/:assessmentId/profile'),
    to: (id: string) => `${assessmentPath(id)}/profile`,
  },
  results: {
    pattern: new RoutePattern('/assessments/:assessmentId/results'),
    to: (id: string) => `${assessmentPath(id)}/results`,
  },
  plan: {
    pattern: new RoutePattern('/assessments/:assessmentId/plan'),
    to: (id: string) => `${assessmentPath(id)}/plan`,
  },
  /** Fast entry of a questionnaire filled in on paper, one question at a time by keyboard (issue 13). */
  paperEntry: {
    pattern: new RoutePattern('/assessments/:assessmentId/paper'),
    to: (id: string) => `${assessmentPath(id)}/paper`,
  },
  /** One assessment shown as a looping sequence of QR codes, for a trainer's device to read (issue 13). */
  sendQr: {
    pattern: new RoutePattern('/assessments/:assessmentId/qr'),
    to: (id: string) => `${assessmentPath(id)}/qr`,
  },
  /** A trainer's workshop (issue 13): its details and the assessments handed in to it. */
  workshop: {
    pattern: new RoutePattern('/workshops/:workshopId'),
    to: (workshopId: string) => `/workshops/${encodeSegment(workshopId)}`,
  },
  /** The trainer's workshops (issue 13). */
  workshops: { pattern: '/workshops', to: () => '/workshops' },
  /** A workshop's class on the projector (issue 13); `/projector` shows the whole collection as one class. */
  projector: {
    pattern: new RoutePattern('/workshops/:workshopId/projector'),
    to: (workshopId: string) => `/workshops/${encodeSegment(workshopId)}/projector`,
  },
  collectionProjector: { pattern: '/projector', to: () => '/projector' },
  /** The security-by-level workbench of an assessment (issue 14): every system of its inventory and the unit's duties. */
  securityWorkbench: {
    pattern: new RoutePattern('/assessments/:assessmentId/security-levels'),
    to: (id: string) => `${assessmentPath(id)}/security-levels`,
  },
  /** The calendar of duties of the unit and all its systems, overdue first (issue 14). */
  securityCalendar: {
    pattern: new RoutePattern('/assessments/:assessmentId/security-levels/calendar'),
    to: (id: string) => `${assessmentPath(id)}/security-levels/calendar`,
  },
  /** One system's classification: the guided questions and the proposed level with its criteria (issue 14). */
  securityClassification: {
    pattern: new RoutePattern('/assessments/:assessmentId/security-levels/:systemId/classification'),
    to: (id: string, systemId: string) =>
      `${assessmentPath(id)}/security-levels/${encodeSegment(systemId)}/classification`,
  },
  /** One system's level dossier: the checklist and the DOCX and PDF drafts (issue 14). */
  securityDossier: {
    pattern: new RoutePattern('/assessments/:assessmentId/security-levels/:systemId/dossier'),
    to: (id: string, systemId: string) => `${assessmentPath(id)}/security-levels/${encodeSegment(systemId)}/dossier`,
  },
  /** One system's baseline measures of its level, as a self-check (issue 14). */
  securityBaseline: {
    pattern: new RoutePattern('/assessments/:assessmentId/security-levels/:systemId/baseline'),
    to: (id: string, systemId: string) => `${assessmentPath(id)}/security-levels/${encodeSegment(systemId)}/baseline`,
  },
  /** One system's duties and incidents (issue 14). */
  securityDuties: {
    pattern: new RoutePattern('/assessments/:assessmentId/security-levels/:systemId/duties'),
    to: (id: string, systemId: string) => `${assessmentPath(id)}/security-levels/${encodeSegment(systemId)}/duties`,
  },
  section: {
    pattern: new RoutePattern('/assessments/:assessmentId/sections/:sectionId'),
    to: (id: string, sectionId: SectionId, questionId?: string) =>
      `${assessmentPath(id)}/sections/${encodeSegment(sectionId)}${
        questionId ? `#question-${encodeURIComponent(questionId)}` : ''
      }`,
  },
} as const;
