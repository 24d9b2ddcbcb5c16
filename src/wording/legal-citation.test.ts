import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LegalDocument } from '../questionnaire/content-schema';
import { legalDocuments } from '../questionnaire/content/legal-documents';
import {
  citeDocument,
  citeReference,
  describeLegalBasis,
  describeLegalReferenceShort,
  describeReference,
  formatCitationDate,
  listCitedDocuments,
  type CitationLocale,
  type Translate,
} from './legal-citation';

type Tree = { [key: string]: string | Tree };

function readLocale(language: string, file: string): Tree {
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../locales', language, file), 'utf8')) as Tree;
}

function translator(tree: Tree): Translate {
  return (key, values = {}) => {
    const found = key
      .split('.')
      .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
    if (typeof found !== 'string') throw new Error(`No text for ${key}`);
    return found.replace(/\{\{(\w+)\}\}/g, (_match, name: string) =>
      String((values[name] as string | number | undefined) ?? ''),
    );
  };
}

function localeOf(language: 'vi' | 'en'): CitationLocale {
  return {
    language,
    t: translator(readLocale(language, 'common.json')),
    tc: translator(readLocale(language, 'questionnaire.json')),
  };
}

const vi = localeOf('vi');
const en = localeOf('en');
const documents: readonly LegalDocument[] = legalDocuments;
const documentOf = (id: string) => {
  const found = documents.find((document) => document.id === id);
  if (!found) throw new Error(`no document ${id}`);
  return found;
};

test('citation dates are day/month/year without leading zeros, as official texts print them', () => {
  expect(formatCitationDate('2022-06-23')).toBe('23/6/2022');
  expect(formatCitationDate('2026-07-01')).toBe('1/7/2026');
  expect(formatCitationDate('2025-12-31')).toBe('31/12/2025');
  expect(formatCitationDate('2024-04-05')).toBe('5/4/2024');
  expect(() => formatCitationDate('23/06/2022')).toThrow();
  expect(() => formatCitationDate('2022-6-23')).toThrow();
});

test('a document is cited with its number, date of issue and issuer, in both languages', () => {
  expect(citeDocument(vi, documentOf('decision-766-2022'))).toBe(
    'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ',
  );
  expect(citeDocument(en, documentOf('decision-766-2022'))).toBe(
    'Decision No. 766/QĐ-TTg of 23/6/2022 of the Prime Minister',
  );
  expect(citeDocument(vi, documentOf('law-cybersecurity-2025'))).toBe(
    'Luật An ninh mạng số 116/2025/QH15 ngày 10/12/2025 của Quốc hội',
  );
});

test('without a date of issue, the date it took effect; a standard by its publication', () => {
  expect(citeDocument(vi, documentOf('decree-280-2025'))).toBe(
    'Nghị định số 280/2025/NĐ-CP của Chính phủ, có hiệu lực từ ngày 1/11/2025',
  );
  expect(citeDocument(en, documentOf('decree-280-2025'))).toBe(
    'Decree No. 280/2025/NĐ-CP of the Government, in force from 1/11/2025',
  );
  expect(citeDocument(vi, documentOf('tcvn-14423-2025'))).toBe(
    'Tiêu chuẩn quốc gia TCVN 14423:2025, công bố ngày 29/5/2025',
  );
});

test('a repealed document says since when, and what replaced it', () => {
  const reference = { documentId: 'decree-42-2022', article: '11' };
  expect(citeReference(vi, reference, documents)).toEqual({
    citation: 'Điều 11 Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ',
    status: 'hết hiệu lực từ 1/7/2026; được thay thế bởi Nghị định số 224/2026/NĐ-CP ngày 24/6/2026 của Chính phủ',
  });
  expect(describeReference(en, reference, documents)).toBe(
    'Decree No. 42/2022/NĐ-CP of 24/6/2022 of the Government, Article 11 (no longer in force since 1/7/2026; ' +
      'replaced by Decree No. 224/2026/NĐ-CP of 24/6/2026 of the Government)',
  );
});

test('a document in force has no status; amended, partly repealed, in transition and unconfirmed ones say so', () => {
  expect(citeReference(vi, { documentId: 'decision-766-2022' }, documents).status).toBeUndefined();
  expect(citeReference(vi, { documentId: 'decree-118-2025' }, documents).status).toBe(
    'được sửa đổi, bổ sung bởi Nghị định số 367/2025/NĐ-CP ngày 31/12/2025 của Chính phủ',
  );
  expect(citeReference(en, { documentId: 'decree-47-2020' }, documents).status).toBe(
    'partly in force; some articles repealed by Decree No. 194/2025/NĐ-CP of 3/7/2025 of the Government',
  );
  expect(citeReference(vi, { documentId: 'decree-85-2016' }, documents).status).toMatch(
    /^đang chuyển tiếp: theo khoản 1 Điều 39 Nghị định số 331\/2026\/NĐ-CP, .* chậm nhất ngày 1\/1\/2027, .* chậm nhất ngày 1\/7\/2027$/,
  );
  expect(citeReference(en, { documentId: 'circular-01-2023-vpcp' }, documents).status).toBe(
    'not yet confirmed against the official text',
  );
});

test('provisions are cited from the smallest unit up in Vietnamese, from the article down in English', () => {
  const reference = { documentId: 'law-cybersecurity-2025', article: '8', clause: '1' };
  expect(citeReference(vi, reference, documents).citation).toBe(
    'khoản 1 Điều 8 Luật An ninh mạng số 116/2025/QH15 ngày 10/12/2025 của Quốc hội',
  );
  expect(citeReference(en, reference, documents).citation).toBe(
    'Law on Cybersecurity No. 116/2025/QH15 of 10/12/2025 of the National Assembly, Article 8 clause 1',
  );
});

test('in a table cell: the provision, the kind and number, and the status word of a document not in force', () => {
  expect(describeLegalReferenceShort(vi, { documentId: 'law-cybersecurity-2025', article: '8' }, documents)).toBe(
    'Điều 8 Luật 116/2025/QH15',
  );
  expect(describeLegalReferenceShort(en, { documentId: 'decree-42-2022', article: '11' }, documents)).toBe(
    'Decree 42/2022/NĐ-CP, Article 11 (no longer in force)',
  );
  expect(describeLegalReferenceShort(vi, { documentId: 'tcvn-14423-2025' }, documents)).toBe('TCVN 14423:2025');
});

test('the documents cited, each once in order of first citation, in full with their title and status', () => {
  const references = [
    { documentId: 'decree-42-2022', article: '11' },
    { documentId: 'decision-766-2022' },
    { documentId: 'decree-42-2022', article: '12' },
  ];
  const lines = listCitedDocuments(vi, references, documents);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(
    /^Nghị định số 42\/2022\/NĐ-CP ngày 24\/6\/2022 của Chính phủ: .+ \(hết hiệu lực từ 1\/7\/2026; được thay thế bởi .+\)\.$/,
  );
  expect(lines[1]).toMatch(/^Quyết định số 766\/QĐ-TTg ngày 23\/6\/2022 của Thủ tướng Chính phủ: Bộ chỉ số .+\.$/);
  expect(lines[1]).not.toContain('hiệu lực');
});

test('a legal basis in full, reference after reference', () => {
  const references = [{ documentId: 'decision-766-2022' }, { documentId: 'decree-42-2022', article: '11' }];
  expect(describeLegalBasis(vi, references, documents)).toBe(
    references.map((reference) => describeReference(vi, reference, documents)).join('; '),
  );
  expect(describeLegalBasis(vi, [], documents)).toBe('');
});
