import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { choice } from '../../../tests/fixtures/answers';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
});

/**
 * Security answered in part: the critical question "partly" (weight 5, earns 0.5), the portal at level 3 "yes"
 * (weight 4), re-determination "yes" (weight 2): (2.5 + 4 + 2) / 11 = 77.3 -> C, capped at D.
 */
async function openResults() {
  const assessment = await createAssessment(buildProfile({ unitName: 'Sở Tư pháp' }));
  await saveAnswers(assessment.id, {
    saved: [
      choice('security-citizen-systems-level-approved', 'partly'),
      choice('security-portal-level-3', 'yes'),
      choice('security-redetermination-on-change', 'yes'),
    ],
    clearedQuestionIds: [],
  });
  const view = renderApp(`/assessments/${assessment.id}/results`);
  await screen.findByRole('heading', { level: 1, name: 'Kết quả đánh giá' });
  return view;
}

test('shows the overall score, the grade capped by a critical gap, and why', async () => {
  await openResults();
  expect(screen.getByText('Điểm tổng hợp').parentElement).toHaveTextContent('77,3 / 100');
  expect(screen.getByText('Xếp loại').parentElement).toHaveTextContent('D');
  expect(
    screen.getByText('Xếp loại bị giới hạn ở D vì có lỗ hổng nghiêm trọng (riêng điểm số tương ứng xếp loại C).'),
  ).toBeInTheDocument();
  const gaps = screen.getByRole('heading', { name: 'Lỗ hổng nghiêm trọng' }).nextElementSibling as HTMLElement;
  expect(within(gaps).getByText(/chưa được phê duyệt cấp độ an toàn thông tin/)).toBeInTheDocument();
  expect(within(gaps).getByText('(xếp loại tối đa: D)')).toBeInTheDocument();
});

test('a provisional result says so, with its range and completeness', async () => {
  await openResults();
  expect(screen.getByText(/^Đã trả lời 3\/\d+ câu áp dụng/)).toBeInTheDocument();
  expect(screen.getByText(/^Kết quả tạm tính: .* trong khoảng [\d,]+ đến [\d,]+\.$/)).toBeInTheDocument();
});

test('each section’s score is written out, not only drawn', async () => {
  await openResults();
  const chart = screen.getByRole('heading', { name: 'Điểm theo từng phần' }).nextElementSibling as HTMLElement;
  const security = within(chart).getByText('An toàn hệ thống thông tin theo cấp độ').closest('li') as HTMLElement;
  expect(security).toHaveTextContent('77,3 điểm, xếp loại C');
  const services = within(chart).getByText('Dịch vụ công trực tuyến').closest('li') as HTMLElement;
  expect(services).toHaveTextContent('chưa có điểm');
});

test('"why this score" gives each answer’s points and the answer that would raise it', async () => {
  const { user } = await openResults();
  await user.click(screen.getByText('An toàn hệ thống thông tin theo cấp độ: 77,3'));
  const item = screen
    .getByRole('link', { name: 'Phê duyệt cấp độ cho hệ thống phục vụ người dân, doanh nghiệp' })
    .closest('li') as HTMLElement;
  expect(item).toHaveTextContent('Trả lời: Một phần');
  expect(item).toHaveTextContent('Được 2,5 trên 5 điểm trọng số');
  expect(item).toHaveTextContent('Để nâng điểm: trả lời “Có”.');
});

test('the results read in English after switching language', async () => {
  const { user } = await openResults();
  await user.click(screen.getByRole('button', { name: /English/ }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Assessment results' })).toBeInTheDocument();
  expect(screen.getByText('Overall score').parentElement).toHaveTextContent('77.3 / 100');
  expect(
    screen.getByText('The grade is capped at D because of a critical gap (the score alone would give C).'),
  ).toBeInTheDocument();
});

test('a national target whose question is not answered reads "no data", not "not met"', async () => {
  await openResults();
  const table = screen.getByRole('columnheader', { name: 'Mục tiêu' }).closest('table') as HTMLElement;
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.length).toBeGreaterThan(0);
  // None of these targets' questions is answered in this assessment.
  for (const row of rows) expect(row).toHaveTextContent('Chưa có số liệu');
  expect(within(table).queryByText('Chưa đạt')).not.toBeInTheDocument();
});
