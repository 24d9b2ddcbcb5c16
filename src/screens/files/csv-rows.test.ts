import { expect, test } from 'vitest';
import { choice, inventory, system } from '../../../tests/fixtures/answers';
import { fakeLocale } from '../../report/fake-locale.test-support';
import { answerRows } from './csv-rows';

test('the inventory answer lists each row with its role, type, procedures, levels and dates; a row without a role says so', () => {
  const { t, tc, format } = fakeLocale('vi');
  const answers = new Map(
    [
      inventory('security-system-inventory', [
        system('s1', {
          name: 'Cổng thông tin điện tử tỉnh',
          role: 'owner',
          handlesProcedures: true,
          proposedLevel: '3',
          appraisedOn: '2026-03-02',
          approvedLevel: '3',
          approvedOn: '2026-03-20',
          hasSecurityPlan: 'partly',
          lastInspectedOn: '2026-10-15',
        }),
        system('s2', { name: 'Hệ thống quản lý văn bản', systemType: 'internal' }),
      ]),
      choice('security-drills', 'yes'),
    ].map((answer) => [answer.questionId, answer]),
  );
  const rows = answerRows(t, tc, format, 'provincial-committee', answers);
  const text = rows.find((row) => row.questionId === 'security-system-inventory')?.answerText;

  expect(text?.split('\n')).toEqual([
    '2 hệ thống',
    'Cổng thông tin điện tử tỉnh (Vai trò của đơn vị: Chủ quản; Loại hệ thống: Phục vụ người dân, doanh nghiệp; ' +
      'Giải quyết thủ tục hành chính: Có; Cấp độ đề xuất: Cấp độ 3; Ngày thẩm định hồ sơ đề xuất cấp độ: 02/03/2026; ' +
      'Cấp độ được phê duyệt: Cấp độ 3; Ngày phê duyệt cấp độ: 20/03/2026; ' +
      'Đã triển khai phương án bảo đảm an ninh mạng: Một phần; Ngày kiểm tra, đánh giá gần nhất: 15/10/2026)',
    'Hệ thống quản lý văn bản (Vai trò của đơn vị: Chưa nêu; Loại hệ thống: Phục vụ hoạt động nội bộ)',
  ]);
  expect(rows.find((row) => row.questionId === 'security-drills')?.answerText).toBe('Có');
});
