/**
 * What the dashboard derives from the collection, computed once per change of the collection (in the rows worker,
 * or here on the main thread where there is no Worker, as in the component tests): one comparison row per received
 * assessment and the most common gaps. Scoring is the slow part (about 0.3 ms an assessment), so it runs in chunks
 * that report their progress. It also counts what the collection takes, since it holds every copy anyway.
 */
import { listCommonGaps, type CommonGap } from './common-gaps';
import { toComparisonRow, type ComparisonRow } from './comparison-rows';
import { scoreReceivedAssessment, type ScoredAssessment } from './score-received';
import type { ReceivedAssessment } from '../received-schema';
import { questionnaire } from '../../questionnaire/questionnaire';

export interface CollectionFigures {
  rows: ComparisonRow[];
  gaps: CommonGap[];
  /** What the received copies take as JSON, UTF-8 (as `storage/collection#estimateCollectionBytes` counts them). */
  bytes: number;
}

/** UTF-8 bytes of a text, counted without building the encoded copy (a national collection is ~85 MB of JSON). */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair: 2 UTF-16 units, 4 bytes.
      bytes += 2;
      index++;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/** Scores every received assessment, calling `onProgress` after every `chunk` of them. */
export function computeCollection(
  received: readonly ReceivedAssessment[],
  today: string,
  onProgress?: (done: number, total: number) => void,
  chunk = 250,
): CollectionFigures {
  const scored: ScoredAssessment[] = [];
  let bytes = 0;
  received.forEach((one, index) => {
    scored.push(scoreReceivedAssessment(questionnaire, one, today));
    bytes += utf8Bytes(JSON.stringify(one));
    if (onProgress && (index + 1) % chunk === 0) onProgress(index + 1, received.length);
  });
  // A sample's gaps are a fictional unit's: they must not be among the units' most common.
  const counted = scored.filter((one) => !one.received.entry.assessment.sample);
  return { rows: scored.map(toComparisonRow), gaps: listCommonGaps(questionnaire, counted), bytes };
}
