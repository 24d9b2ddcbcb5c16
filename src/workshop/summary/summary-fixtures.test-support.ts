/** Summaries for the tests: a realistic one, and any the schema accepts (fast-check). */
import fc from 'fast-check';
import { PERIOD_PARTS } from '../../assessment/profile-schema';
import { PROVINCE_IDS } from '../../assessment/provinces';
import { GRADES, SECTION_IDS, UNIT_TYPES } from '../../questionnaire/content-schema';
import { mulberry32 } from '../transfer/neighbours';
import { assessmentSummarySchema, type AssessmentSummary } from './summary-schema';

export const REALISTIC_SUMMARY: AssessmentSummary = assessmentSummarySchema.parse({
  assessmentId: '3f0c2a4e-8d1b-4c7a-9e55-1b2f6d7a9c31',
  unitName: 'Sở Khoa học và Công nghệ tỉnh Phú Thọ',
  unitType: 'provincial-department',
  provinceId: 'phu-tho',
  periodYear: 2026,
  periodPart: 'year',
  contentVersion: '2.0.0',
  overall: 62.4,
  grade: 'C',
  sections: { services: 71.5, signatures: 80, monitoring: 55.2, security: 38.9, data: 66.7, capacity: 60 },
  answered: 48,
  applicable: 52,
  madeAt: '2026-12-02T09:41:07.512Z',
});

const SYLLABLES = [
  'xã',
  'Hưng',
  'Nguyên',
  'Quảng',
  'Điền',
  'Thừa',
  'Thiên',
  'Huế',
  'Phục',
  'vụ',
  'hành',
  'chính',
  'công',
  'Ủy',
  'ban',
  'nhân',
  'dân',
  'Tân',
  'Phú',
  'Lĩnh',
  'Thông',
  'Long',
  'Đắk',
  'Mường',
  'Nhé',
  'Ỷ',
  'Bắc',
  'Ninh',
];

/** Words in a seeded order, which deflate cannot shorten much (unlike a repeated phrase). */
function words(seed: number, length: number): string {
  const next = mulberry32(seed);
  let text = '';
  while (text.length < length) text += `${SYLLABLES[next() % SYLLABLES.length]} `;
  return text.slice(0, length - 1) + 'x';
}

/** The longest summary the schema allows: what the QR code must still hold. */
export const LONGEST_SUMMARY: AssessmentSummary = assessmentSummarySchema.parse({
  ...REALISTIC_SUMMARY,
  assessmentId: 'x'.repeat(64),
  unitName: words(1, 200),
  unitType: 'commune-committee',
  communeName: words(2, 200),
  unitCode: 'H56.7Q2-9XK.0041/ZB-'.repeat(3).slice(0, 50),
  sample: true,
});

const score = fc.option(
  fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10),
  { nil: null },
);
const text = (minLength: number, maxLength: number) =>
  fc.string({ unit: 'grapheme', minLength, maxLength }).filter((value) => value.trim() === value);

export const anySummary: fc.Arbitrary<AssessmentSummary> = fc
  .record(
    {
      assessmentId: fc.string({ minLength: 1, maxLength: 64 }),
      unitName: text(1, 200).filter((value) => value.length > 0),
      unitType: fc.constantFrom(...UNIT_TYPES),
      provinceId: fc.constantFrom(...PROVINCE_IDS),
      communeName: text(0, 200),
      unitCode: text(0, 50),
      periodYear: fc.integer({ min: 2020, max: 2100 }),
      periodPart: fc.constantFrom(...PERIOD_PARTS),
      contentVersion: fc.constantFrom('2.0.0', '1.1.0', '2.1.3'),
      overall: score,
      grade: fc.option(fc.constantFrom(...GRADES), { nil: null }),
      sections: fc
        .tuple(...SECTION_IDS.map(() => score))
        .map((scores) => Object.fromEntries(SECTION_IDS.map((id, index) => [id, scores[index]]))),
      answered: fc.nat(300),
      applicable: fc.nat(300),
      sample: fc.constant(true),
      madeAt: fc
        .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString()),
    },
    { requiredKeys: ['assessmentId', 'unitName', 'unitType', 'provinceId', 'periodYear', 'periodPart'] },
  )
  .map((fields) => assessmentSummarySchema.safeParse({ ...REALISTIC_SUMMARY, ...fields }))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data);
