/**
 * The sample commune's answers on online public services, digital signatures and monitoring: a commune that has
 * moved most work online since the two-level reform of 1/7/2025, with gaps a class can discuss (payment online,
 * restructured procedures, follow-up of the 766 index).
 *
 * Written as the commune's official would, in Vietnamese, and kept in Vietnamese whatever the app's language: a real
 * assessment's notes would be.
 */
import type { SampleDates } from './sample-dates';
import {
  countPair,
  coverage,
  date,
  dontKnow,
  maturity,
  multiChoice,
  notApplicable,
  percentage,
  text,
  yesPartlyNo,
  type SampleAnswer,
} from './sample-responses';
import { SAMPLE_COMMITTEE } from './sample-profile';

export function listServiceAnswers({ monthsAgo }: SampleDates): SampleAnswer[] {
  return [
    countPair('services-full-process-offered', 31, 48, {
      note: 'Còn 17 thủ tục chưa cung cấp toàn trình, chủ yếu lĩnh vực đất đai và xây dựng do chưa có dữ liệu số hóa.',
      evidence: { documentNumber: '112/QĐ-UBND', issuedOn: monthsAgo(5), issuer: SAMPLE_COMMITTEE },
    }),
    yesPartlyNo('services-partial-reasons-published', 'partly', {
      note: 'Đã công khai lý do cho 9/17 thủ tục; các thủ tục còn lại đang chờ Sở chuyên ngành hướng dẫn.',
    }),
    yesPartlyNo('services-national-portal', 'yes', {
      note: 'Toàn bộ dịch vụ công trực tuyến của xã được cung cấp qua Cổng Dịch vụ công quốc gia từ ngày 01/7/2025.',
    }),
    countPair('services-plan-02-full-process', 18, 21, {
      note: 'Xã có thẩm quyền tiếp nhận 21 trong 25 dịch vụ; 3 dịch vụ về hộ tịch còn lỗi kết nối thanh toán.',
    }),
    countPair('services-results-digitised-share', 2140, 3560, {
      note: 'Hồ sơ hộ tịch đã số hóa đầy đủ; hồ sơ đất đai cũ chưa số hóa kết quả.',
    }),
    countPair('services-online-payment-share', 6, 19, {
      note: 'Nhiều thủ tục thu lệ phí nhỏ, người dân vẫn nộp tiền mặt tại Bộ phận Một cửa.',
    }),
    maturity('services-data-reuse', '3', {
      note: 'Đã lập danh sách thành phần hồ sơ không yêu cầu nộp lại, áp dụng cho hộ tịch và chứng thực.',
      evidence: { documentNumber: '45/TB-UBND', issuedOn: monthsAgo(7), issuer: SAMPLE_COMMITTEE },
    }),
    yesPartlyNo('services-certification-from-data', 'partly', {
      note: 'Đã áp dụng với giấy tờ trên VNeID; một số cán bộ vẫn yêu cầu bản chính khi chứng thực hợp đồng.',
    }),
    percentage('services-satisfaction-rate', 88.5, {
      note: 'Theo số liệu đánh giá trên Cổng Dịch vụ công quốc gia, quý gần nhất.',
    }),
    percentage('services-on-time-rate', 96.2),
    yesPartlyNo('services-procedure-list-published', 'yes', {
      evidence: { documentNumber: '1876/QĐ-UBND', issuedOn: monthsAgo(11), issuer: 'UBND tỉnh' },
    }),
    countPair('services-procedures-restructured-share', 61, 96, {
      note: 'Mới tái cấu trúc được các thủ tục thuộc 25 dịch vụ và lĩnh vực hộ tịch.',
    }),
    text(
      'services-obstacles',
      'Thiếu dữ liệu đất đai đã số hóa; nhiều người cao tuổi chưa dùng VNeID mức 2; đường truyền tại Bộ phận Một cửa ' +
        'chập chờn vào giờ cao điểm.',
    ),

    yesPartlyNo('signatures-leaders-public-service', 'yes', {
      note: 'Chủ tịch và 02 Phó Chủ tịch đều đã có chữ ký số chuyên dùng công vụ.',
    }),
    countPair('signatures-officials-equipped', 29, 36, {
      note: '07 công chức mới tiếp nhận sau sắp xếp đang chờ cấp chứng thư.',
    }),
    yesPartlyNo('signatures-organisation-signature', 'yes'),
    percentage('signatures-outgoing-documents-signed', 92, {
      note: 'Văn bản mật và một số văn bản gửi tổ chức ngoài hệ thống vẫn phát hành giấy.',
    }),
    countPair('signatures-work-records-online-share', 185, 260, {
      note: 'Hồ sơ công việc mới lập điện tử từ quý II; hồ sơ quý I còn lưu giấy.',
    }),
    countPair('signatures-signed-results-share', 38, 96),
    dontKnow('signatures-remote-signing', {
      note: 'Chưa thống kê; cần hỏi lại Viettel về số chứng thư đã chuyển sang ký số từ xa.',
    }),
    multiChoice('signatures-vneid-use', ['organisation-account', 'identity-checks']),
    maturity('signatures-certificate-management', '1', {
      note: 'Có danh sách chứng thư nhưng chưa cập nhật ngày hết hạn; năm nay đã 02 lần hết hạn mới phát hiện.',
    }),
    notApplicable('signatures-certificate-store-level', {
      note: 'Xã không tự cấp, lưu trữ chứng thư điện tử; dùng hệ thống của tỉnh.',
    }),
    text(
      'signatures-obstacles',
      'Một số máy tính cũ không nhận thiết bị USB token; công chức chưa quen lập hồ sơ công việc trên hệ thống.',
    ),

    coverage('monitoring-emc-code-embedded', 'most', {
      note: 'Trang thông tin điện tử của xã đã gắn mã EMC; trang tuyên truyền của Đoàn Thanh niên chưa gắn.',
    }),
    notApplicable('monitoring-emc-before-go-live', {
      note: 'Trong kỳ, xã không đưa trang thông tin điện tử mới nào vào hoạt động.',
    }),
    yesPartlyNo('monitoring-website-in-provincial-portal', 'yes'),
    maturity('monitoring-index-follow-up', '1', {
      note: 'Chỉ xem điểm khi Văn phòng UBND tỉnh nhắc; chưa phân công người theo dõi.',
    }),
    multiChoice('monitoring-index-groups-reviewed', ['progress', 'satisfaction']),
    percentage('monitoring-dossier-sync-share', 97.4),
    dontKnow('monitoring-index-score', {
      note: 'Chưa tìm thấy điểm riêng của xã trên hệ thống; đã hỏi Văn phòng UBND tỉnh.',
    }),
    countPair('monitoring-procedures-published-share', 90, 96),
    yesPartlyNo('monitoring-results-used', 'no', {
      note: 'Kết quả giám sát mới được nêu trong giao ban, chưa giao nhiệm vụ khắc phục cụ thể.',
    }),
    date('monitoring-last-leadership-review', monthsAgo(5), {
      evidence: { documentNumber: '87/TB-UBND', issuedOn: monthsAgo(5), issuer: SAMPLE_COMMITTEE },
    }),
    text(
      'monitoring-obstacles',
      'Chưa có người theo dõi Bộ chỉ số 766 thường xuyên; số liệu giữa các hệ thống đôi khi chênh lệch.',
    ),
  ];
}
