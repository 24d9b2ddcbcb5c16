/**
 * The sample's plan: what the commune has already decided on a handful of its gaps, with owners, due dates and
 * statuses, so that the plan screen and the report show a plan under way rather than an empty table.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { PlanItem } from '../../assessment/plan-item-schema';
import type { SampleDates } from './sample-dates';

export type SamplePlanItem = Omit<PlanItem, 'updatedAt'>;

export function listSamplePlanItems({ monthsAgo, monthsAhead }: SampleDates): SamplePlanItem[] {
  return [
    {
      questionId: 'security-level-dossiers-approved',
      owner: 'Phó Chủ tịch UBND xã Trần Văn Hùng',
      dueOn: monthsAhead(2),
      status: 'in-progress',
      note: 'Đã gửi Sở Khoa học và Công nghệ xin ý kiến hồ sơ đề xuất cấp độ hệ thống camera.',
    },
    {
      questionId: 'security-drills',
      owner: 'Công chức Văn phòng HĐND và UBND xã',
      dueOn: monthsAhead(4),
      status: 'to-do',
      note: 'Đăng ký tham gia đợt diễn tập phòng, chống tấn công giả mạo do tỉnh tổ chức.',
    },
    {
      questionId: 'monitoring-results-used',
      owner: 'Chánh Văn phòng HĐND và UBND xã',
      dueOn: monthsAhead(1),
      status: 'in-progress',
    },
    {
      questionId: 'services-online-payment-share',
      owner: 'Bộ phận Một cửa',
      dueOn: monthsAhead(3),
      status: 'to-do',
      note: 'Phối hợp ngân hàng hướng dẫn người dân thanh toán lệ phí qua Cổng Dịch vụ công quốc gia.',
    },
    {
      questionId: 'data-personal-data-measures',
      owner: 'Chủ tịch UBND xã',
      dueOn: monthsAgo(1),
      status: 'done',
      note: 'Đã ban hành quyết định phân công người phụ trách bảo vệ dữ liệu cá nhân; chờ cập nhật câu trả lời.',
    },
  ];
}
