/**
 * What the dashboard derives from the collection, computed once per change of the collection (in the rows worker,
 * or here on the main thread where there is no Worker, as in the component tests): one comparison row per received
 * assessment and the most common gaps. Scoring is the slow part (about 0.3 ms an assessment), so it runs in chunks
 * that report their progress.
 */
import { listCommonGaps, type CommonGap } from '../../collection/compare/common-gaps';
import { toComparisonRow, type ComparisonRow } from '../../collection/compare/comparison-rows';
import { scoreReceivedAssessment, type ScoredAssessment } from '../../collection/compare/score-received';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { questionnaire } from '../../questionnaire/questionnaire';

export interface CollectionFigures {
  rows: ComparisonRow[];
  gaps: CommonGap[];
}

/** Scores every received assessment, calling `onProgress` after every `chunk` of them. */
export function computeCollection(
  received: readonly ReceivedAssessment[],
  today: string,
  onProgress?: (done: number, total: number) => void,
  chunk = 250,
): CollectionFigures {
  const scored: ScoredAssessment[] = [];
  received.forEach((one, index) => {
    scored.push(scoreReceivedAssessment(questionnaire, one, today));
    if (onProgress && (index + 1) % chunk === 0) onProgress(index + 1, received.length);
  });
  return { rows: scored.map(toComparisonRow), gaps: listCommonGaps(questionnaire, scored) };
}
