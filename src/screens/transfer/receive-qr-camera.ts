/**
 * The camera of the reading screen (issue 13): the rear camera when there is one, and the failures a trainer can
 * meet, as codes the screen words in the user's language.
 */

export type CameraErrorCode = 'no-camera' | 'denied' | 'in-use' | 'failed';

export class CameraError extends Error {
  readonly code: CameraErrorCode;
  constructor(code: CameraErrorCode, cause?: unknown) {
    super(`Camera: ${code}`, { cause });
    this.name = 'CameraError';
    this.code = code;
  }
}

/** What the screen needs of `navigator.mediaDevices`; tests pass their own. */
export type GetUserMedia = (constraints: MediaStreamConstraints) => Promise<MediaStream>;

export const browserGetUserMedia: GetUserMedia | undefined =
  typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function'
    ? (constraints) => navigator.mediaDevices.getUserMedia(constraints)
    : undefined;

/** Rear camera preferred (`ideal`: a laptop's only camera faces the user, and is taken then), no sound. */
export const CAMERA_CONSTRAINTS: MediaStreamConstraints = {
  audio: false,
  video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
};

export function describeCameraFailure(cause: unknown): CameraErrorCode {
  const name = cause instanceof Error || cause instanceof DOMException ? cause.name : '';
  switch (name) {
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return 'no-camera';
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'in-use';
    default:
      return 'failed';
  }
}

/** Opens the camera; rejects with a `CameraError`. */
export async function openCamera(getUserMedia: GetUserMedia | undefined): Promise<MediaStream> {
  if (!getUserMedia) throw new CameraError('no-camera');
  try {
    return await getUserMedia(CAMERA_CONSTRAINTS);
  } catch (cause) {
    throw new CameraError(describeCameraFailure(cause), cause);
  }
}

export function stopStream(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
