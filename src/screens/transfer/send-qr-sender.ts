/**
 * The sender of one assessment's QR codes: the assessment exported exactly as the JSON file export makes it
 * (`exportAssessments([id])`, the same `text` a user saves), as UTF-8, split by the fountain code (transfer-text.ts).
 */
import { useEffect, useState } from 'react';
import { createTransferSender, DEFAULT_BLOCK_SIZE, type TransferSender } from '../../workshop/transfer/transfer-text';

export type SenderState =
  { status: 'loading' } | { status: 'ready'; sender: TransferSender } | { status: 'failed'; error: unknown };

/** The file's bytes, as the file export would save them. */
export async function exportAssessmentBytes(assessmentId: string): Promise<Uint8Array> {
  // The file code loads with the first export, as in use-file-export.ts, not with the app.
  const { exportAssessments } = await import('../../storage/exchange');
  const exported = await exportAssessments([assessmentId]);
  return new TextEncoder().encode(exported.text);
}

export async function createAssessmentSender(assessmentId: string): Promise<TransferSender> {
  return createTransferSender(await exportAssessmentBytes(assessmentId), { blockSize: DEFAULT_BLOCK_SIZE });
}

/**
 * Made once per assessment id, once `enabled` (the assessment is there): the codes being shown must all be of one message (a receiver rejects frames of
 * another as `other-message`), so a later change to the assessment is sent when the screen is opened again.
 */
export function useAssessmentSender(assessmentId: string, enabled = true): SenderState {
  const [state, setState] = useState<SenderState & { id: string }>({ status: 'loading', id: assessmentId });
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    createAssessmentSender(assessmentId).then(
      (sender) => {
        if (!cancelled) setState({ status: 'ready', sender, id: assessmentId });
      },
      (error: unknown) => {
        console.error(error);
        if (!cancelled) setState({ status: 'failed', error, id: assessmentId });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [assessmentId, enabled]);
  return state.id === assessmentId ? state : { status: 'loading' };
}
