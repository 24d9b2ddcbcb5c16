/**
 * The JSON Schema (draft 2020-12) of the assessment file, generated from the zod schemas. Published as
 * docs/file-format.schema.json; `json-schema.test.ts` fails when that file is stale and rewrites it when run with
 * UPDATE_FILE_FORMAT_SCHEMA=1.
 *
 * It describes what the app writes (zod's "output" view: texts trimmed, every object closed to unknown keys). Rules
 * JSON Schema cannot say are in docs/file-format.md: unique ids, one assessment in an "assessment" file, part not
 * above whole, the commune name of a commune committee, NFC text without control characters, the size and depth
 * limits.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import { assessmentFileSchema } from './file-format';

export function buildFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(assessmentFileSchema, { target: 'draft-2020-12', io: 'output' });
}
