/**
 * The sample commune's answers on cybersecurity, data and capacity. Its teachable gaps: an owned system whose level
 * was proposed but never approved (a critical gap that caps the grade), no drills, personal-data measures only half
 * done, and digital skills training behind the target.
 *
 * Written as the commune's official would, in Vietnamese, and kept in Vietnamese whatever the app's language.
 */
import type { InformationSystem } from '../../questionnaire/answer-schema';
import type { SampleDates } from './sample-dates';
import {
  countPair,
  coverage,
  date,
  inventory,
  maturity,
  multiChoice,
  percentage,
  text,
  yesPartlyNo,
  type SampleAnswer,
} from './sample-responses';
import { SAMPLE_COMMITTEE } from './sample-profile';

function listSystems({ monthsAgo }: SampleDates): InformationSystem[] {
  return [
    {
      id: 'sample-procedure-system',
      name: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh',
      purpose: 'Tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại Bộ phận Một cửa của xã.',
      role: 'user',
      systemType: 'citizen-services',
      handlesProcedures: true,
      approvedLevel: '3',
    },
    {
      id: 'sample-document-system',
      name: 'Hệ thống quản lý văn bản và điều hành tỉnh',
      purpose: 'Nhận, xử lý, ký số và phát hành văn bản điện tử.',
      role: 'user',
      systemType: 'internal',
      approvedLevel: '2',
    },
    {
      id: 'sample-local-network',
      name: 'Mạng nội bộ và máy chủ lưu trữ tệp của UBND xã',
      purpose: 'Kết nối máy tính trong trụ sở, lưu hồ sơ lưu trữ đã số hóa.',
      role: 'owner',
      systemType: 'infrastructure',
      proposedLevel: '2',
      approvedLevel: '2',
      approvedOn: monthsAgo(14),
      hasSecurityPlan: 'partly',
      lastInspectedOn: monthsAgo(14),
    },
    {
      id: 'sample-camera-system',
      name: 'Hệ thống camera giám sát trụ sở và Bộ phận Một cửa',
      purpose: 'Giám sát an ninh trụ sở; ghi hình khu vực tiếp nhận hồ sơ.',
      role: 'owner',
      systemType: 'other',
      proposedLevel: '1',
      hasSecurityPlan: 'no',
    },
  ];
}

export function listFoundationAnswers(dates: SampleDates): SampleAnswer[] {
  const { monthsAgo } = dates;
  return [
    inventory('security-system-inventory', listSystems(dates), {
      note: 'Xã là chủ quản 02 hệ thống; các hệ thống tỉnh chỉ sử dụng.',
    }),
    coverage('security-levels-determined', 'most'),
    countPair('security-level-dossiers-approved', 1, 2, {
      note: 'Hồ sơ đề xuất cấp độ hệ thống camera đã lập nhưng chưa trình phê duyệt.',
      evidence: { documentNumber: '203/QĐ-UBND', issuedOn: monthsAgo(14), issuer: SAMPLE_COMMITTEE },
    }),
    coverage('security-plan-before-go-live', 'half'),
    yesPartlyNo('security-transition-measures', 'no', {
      note: 'Chưa rà soát lại mạng nội bộ theo Nghị định số 331/2026/NĐ-CP.',
    }),
    multiChoice('security-management-measures', ['policy', 'responsible-staff', 'backup-and-operations']),
    date('security-last-inspection', monthsAgo(14), {
      evidence: { documentNumber: '15/BB-KT', issuedOn: monthsAgo(14), issuer: 'Sở Khoa học và Công nghệ' },
    }),
    yesPartlyNo('security-redetermination-on-change', 'partly'),
    maturity('security-incident-response', '1', {
      note: 'Đã phân công đầu mối báo cáo sự cố; chưa có kế hoạch ứng cứu bằng văn bản.',
    }),
    yesPartlyNo('security-incident-reporting', 'partly'),
    yesPartlyNo('security-national-monitoring', 'yes', {
      note: 'Máy tính kết nối mạng của xã được giám sát qua hệ thống giám sát của tỉnh.',
    }),
    percentage('security-awareness-training-share', 72, {
      note: '26/36 cán bộ, công chức tham dự lớp tập huấn an ninh mạng do tỉnh tổ chức.',
    }),
    yesPartlyNo('security-drills', 'no', {
      note: 'Chưa tổ chức hoặc tham gia diễn tập; năm trước có 01 trường hợp mở thư giả mạo.',
    }),
    yesPartlyNo('security-annual-report', 'yes', {
      evidence: { documentNumber: '301/BC-UBND', issuedOn: monthsAgo(11), issuer: SAMPLE_COMMITTEE },
    }),
    text(
      'security-obstacles',
      'Không có cán bộ chuyên trách an ninh mạng; kinh phí thuê kiểm tra, đánh giá còn hạn chế. Dự kiến đề nghị Sở ' +
        'Khoa học và Công nghệ hỗ trợ lập hồ sơ cấp độ.',
    ),

    maturity('data-population-db-use', '2', {
      note: 'Hệ thống giải quyết thủ tục hành chính đã khai thác dữ liệu dân cư cho hộ tịch, chứng thực.',
    }),
    countPair('data-no-resubmission-procedures', 29, 40),
    percentage('data-population-db-verified-share', 83),
    yesPartlyNo('data-lgsp-connection', 'partly', {
      note: 'Kết nối qua LGSP của tỉnh cho hộ tịch; dữ liệu đất đai chưa kết nối.',
    }),
    maturity('data-quality', '2'),
    coverage('data-reports-electronic', 'most', {
      note: 'Báo cáo kinh tế - xã hội gửi qua hệ thống báo cáo; báo cáo chuyên ngành vẫn gửi giấy.',
    }),
    multiChoice('data-personal-data-measures', ['access-limited', 'staff-guidance'], {
      note: 'Chưa phân công người phụ trách bảo vệ dữ liệu cá nhân, chưa đánh giá tác động.',
    }),
    yesPartlyNo('data-new-laws-review', 'partly'),
    text(
      'data-repeated-requests',
      'Giấy chứng nhận quyền sử dụng đất cấp trước năm 2015 chưa có trong cơ sở dữ liệu đất đai, nên vẫn yêu cầu ' +
        'người dân nộp bản sao.',
    ),

    yesPartlyNo('capacity-annual-plan', 'yes', {
      evidence: { documentNumber: '15/KH-UBND', issuedOn: monthsAgo(10), issuer: SAMPLE_COMMITTEE },
    }),
    date('capacity-plan-issued-on', monthsAgo(10), {
      evidence: { documentNumber: '15/KH-UBND', issuedOn: monthsAgo(10), issuer: SAMPLE_COMMITTEE },
    }),
    maturity('capacity-leadership', '2', {
      note: 'Ban Chỉ đạo chuyển đổi số xã do Chủ tịch UBND xã làm Trưởng ban.',
      evidence: { documentNumber: '09/QĐ-UBND', issuedOn: monthsAgo(16), issuer: SAMPLE_COMMITTEE },
    }),
    countPair('capacity-nq57-tasks-on-track', 7, 10),
    countPair('capacity-digital-skills-trained', 26, 36, {
      note: 'Lớp bồi dưỡng kỹ năng số đợt 2 dự kiến tổ chức trong quý tới.',
    }),
    yesPartlyNo('capacity-it-officer', 'partly', {
      note: 'Công chức Văn phòng kiêm nhiệm; chưa có người chuyên trách.',
    }),
    countPair('capacity-devices', 30, 36),
    multiChoice('capacity-connectivity', ['fixed-broadband', 'government-data-network', 'internal-network']),
    yesPartlyNo('capacity-budget', 'partly', {
      note: 'Có kinh phí mua thiết bị; chưa bố trí kinh phí cho an ninh mạng.',
    }),
    multiChoice('capacity-ai-use', ['none']),
    yesPartlyNo('capacity-community-digital-support', 'yes', {
      note: '12 tổ công nghệ số cộng đồng ở các thôn; điểm hỗ trợ đặt tại Bộ phận Một cửa.',
    }),
    text(
      'capacity-obstacles',
      'Thiếu công chức chuyên trách công nghệ thông tin; 06 máy tính đã quá 7 năm sử dụng. Dự kiến đề xuất bổ sung ' +
        'kinh phí mua sắm trong dự toán năm sau.',
    ),
  ];
}
