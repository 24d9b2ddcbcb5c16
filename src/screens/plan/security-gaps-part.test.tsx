import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { SLOW } from '../../../tests/fixtures/open-section';
import { db } from '../../storage/db';
import { groupName, PORTAL, portalRecord, seedWorkbench } from '../security-level/baseline-screen.test-support';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.systemSecurity.clear();
});

test('the self-check’s gaps are a part of their own after the questionnaire’s actions, each linking to its system', async () => {
  const assessment = await seedWorkbench([
    portalRecord([
      { groupId: 'policy', status: 'met' },
      { groupId: 'network', status: 'not-met', owner: 'Phòng CNTT', dueOn: '2027-03-31' },
      { groupId: 'malware', status: 'partly' },
    ]),
  ]);
  renderApp(`/assessments/${assessment.id}/plan`);
  const heading = await screen.findByRole(
    'heading',
    { level: 2, name: 'Biện pháp an ninh mạng của các hệ thống (2)' },
    SLOW,
  );
  const part = heading.closest('section')!;
  const items = within(part).getAllByRole('article');
  expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
    groupName('network'),
    groupName('malware'),
  ]);
  const network = items[0]!;
  expect(within(network).getByText('Ưu tiên cao')).toBeInTheDocument();
  expect(within(network).getByText('Hệ thống').nextElementSibling).toHaveTextContent(`${PORTAL.name} (Cấp độ 3)`);
  expect(within(network).getByText('Kết quả tự đánh giá').nextElementSibling).toHaveTextContent('Chưa đáp ứng');
  expect(within(network).getByText('Người phụ trách').nextElementSibling).toHaveTextContent('Phòng CNTT');
  expect(within(network).getByText('Hạn khắc phục').nextElementSibling).toHaveTextContent('31/03/2027');
  expect(within(network).getByText(/^Căn cứ:/).parentElement).toHaveTextContent(/Nghị định số 331\/2026\/NĐ-CP/);
  expect(within(network).getByText('Chưa được xác nhận')).toBeInTheDocument();
  expect(within(network).getByRole('link', { name: `Mở trang tự đánh giá của ${PORTAL.name}` })).toHaveAttribute(
    'href',
    `/assessments/${assessment.id}/security-levels/portal/baseline`,
  );
  expect(within(items[1]!).getByText('Ưu tiên trung bình')).toBeInTheDocument();
  expect(within(items[1]!).getByText('Người phụ trách').nextElementSibling).toHaveTextContent('chưa ghi');
  // After the questionnaire's own items: the part is the page's last section.
  const sections = [...document.querySelectorAll('main section, section')].filter((node) => node.querySelector('h2'));
  expect(sections.at(-1)).toBe(part);
});
