/**
 * When two members gave "the same response" (consensus, issue 13): a key that is equal exactly when their responses
 * mean the same. Compared canonically, not as stored: options of a multiple choice in any order, a text with other
 * spacing or in NFD, the rows of a system inventory in another order and with other row ids (each device makes its
 * own ids) are the same response. Notes and evidence are not part of it: a note alone is no disagreement.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { AnswerResponse, AnswerValue, InformationSystem } from '../../questionnaire/answer-schema';

const normalizeText = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ');

/** JSON with object keys sorted, so that key order never tells two equal values apart. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function systemKey({ id: _id, name, purpose, ...rest }: InformationSystem): string {
  return stableJson({ ...rest, name: normalizeText(name), purpose: purpose ? normalizeText(purpose) : undefined });
}

function valueKey(value: AnswerValue): string {
  switch (value.type) {
    case 'multi-choice':
      return stableJson({ type: value.type, optionIds: [...new Set(value.optionIds)].sort() });
    case 'text':
      return stableJson({ type: value.type, text: normalizeText(value.text) });
    case 'system-inventory':
      return stableJson({ type: value.type, systems: value.systems.map(systemKey).sort() });
    default:
      return stableJson(value);
  }
}

export function responseKey(response: AnswerResponse): string {
  return response.kind === 'value' ? `value:${valueKey(response.value)}` : response.kind;
}
