/** Inputs for the export tests (never imported by the app): two received assessments with known answers. */
import type { Answer } from '../../questionnaire/answer-schema';
import { receivedAssessment } from '../compare/compare.test-support';

const at = '2026-11-01T08:00:00.000Z';

export function answer(questionId: string, response: Answer['response'], note?: string): Answer {
  return { questionId, response, ...(note ? { note } : {}), updatedAt: at };
}

/** A department with six answers of different kinds (one note that looks like a formula), and a commune with none. */
export function twoUnits() {
  return [
    receivedAssessment({
      id: 'dept-1',
      profile: { unitName: 'Sở Khoa học và Công nghệ', assessorName: 'Nguyễn Thị Hương' },
      answers: [
        answer(
          'services-national-portal',
          { kind: 'value', value: { type: 'yes-partly-no', choice: 'partly' } },
          'Đã kết nối, còn thiếu thủ tục đất đai',
        ),
        answer('services-plan-02-full-process', { kind: 'value', value: { type: 'count-pair', part: 12, whole: 40 } }),
        answer('services-satisfaction-rate', { kind: 'value', value: { type: 'percentage', percent: 87.5 } }),
        answer('signatures-vneid-use', {
          kind: 'value',
          value: { type: 'multi-choice', optionIds: ['organisation-account', 'identity-checks'] },
        }),
        answer('security-drills', { kind: 'dont-know' }, '=HYPERLINK("http://example.com")'),
        answer('security-annual-report', { kind: 'not-applicable' }),
      ],
    }),
    receivedAssessment({
      id: 'commune-1',
      answeredOn: '1.1.0',
      profile: {
        unitName: 'Ủy ban nhân dân xã Minh Châu',
        unitType: 'commune-committee',
        communeName: 'Xã Minh Châu',
        assessorName: 'Trần Văn Bình',
        periodPart: 'h1',
      },
    }),
  ];
}
