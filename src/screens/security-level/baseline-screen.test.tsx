import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { SLOW } from '../../../tests/fixtures/open-section';
import { db } from '../../storage/db';
import { loadSystemSecurity } from '../../storage/system-security';
import { groupName, MAIL, portalGroups, portalRecord, seedWorkbench } from './baseline-screen.test-support';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.systemSecurity.clear();
});

const TITLE = 'Tự đánh giá biện pháp cơ bản';

async function openBaseline(systemId = 'portal', records = [portalRecord()]) {
  const assessment = await seedWorkbench(records);
  const view = renderApp(`/assessments/${assessment.id}/security-levels/${systemId}/baseline`);
  await screen.findByRole('heading', { level: 1, name: TITLE }, SLOW);
  return { ...view, assessment };
}

const card = (groupId: string) => screen.getByRole('article', { name: groupName(groupId) });

test('the portal is checked against every group of level 3 under the new rules, by family, with what to check', async () => {
  await openBaseline();
  const groups = portalGroups();
  expect(screen.getAllByRole('article')).toHaveLength(groups.length);
  expect(screen.getByText(/Cấp độ đề xuất: cấp độ 3\. Quy định áp dụng: Chế độ mới/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Yêu cầu về quản lý' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Yêu cầu về kỹ thuật' })).toBeInTheDocument();
  const policy = card('policy');
  expect(within(policy).getByText('Nội dung cần kiểm tra:')).toBeInTheDocument();
  expect(within(policy).getByText(/^Căn cứ:/).parentElement).toHaveTextContent(/Điều 30 Nghị định số 331\/2026\/NĐ-CP/);
  expect(within(policy).getByText('Chưa được xác nhận')).toBeInTheDocument();
  const radios = within(policy).getByRole('group', {
    name: `Hệ thống đáp ứng nhóm yêu cầu «${groupName('policy')}» ở mức nào?`,
  });
  expect(
    within(radios)
      .getAllByRole('radio')
      .map((radio) => radio.getAttribute('value')),
  ).toEqual(['met', 'partly', 'not-met', 'not-applicable']);
  expect(
    screen.getByText(`Đã tự đánh giá 0/${groups.length} nhóm yêu cầu; 0 nhóm chưa đáp ứng đầy đủ.`),
  ).toBeInTheDocument();
  // The section's questions it feeds, each a link.
  expect(screen.getByRole('link', { name: 'Biện pháp quản lý an ninh mạng' })).toHaveAttribute(
    'href',
    expect.stringContaining('/sections/security#question-security-management-measures'),
  );
  expect(
    screen.getByRole('link', { name: 'Triển khai phương án bảo đảm an ninh mạng trước khi vận hành' }),
  ).toHaveAttribute('href', expect.stringContaining('#question-security-plan-before-go-live'));
});

test('a self-check is saved as the person goes, a gap with its owner and due date, and the rest of the record kept', async () => {
  const { user, assessment } = await openBaseline();
  const total = portalGroups().length;
  await user.click(within(card('policy')).getByLabelText('Đáp ứng'));
  await user.type(within(card('policy')).getByLabelText('Bằng chứng'), 'Quyết định số 12/QĐ-SNV ngày 3/3/2026');
  const network = card('network');
  expect(within(network).queryByLabelText('Hạn khắc phục')).not.toBeInTheDocument();
  await user.click(within(network).getByLabelText('Chưa đáp ứng'));
  expect(within(network).getByText(/được đưa vào kế hoạch khắc phục/)).toBeInTheDocument();
  await user.type(within(network).getByLabelText('Người hoặc bộ phận phụ trách khắc phục'), 'Phòng CNTT');
  await user.type(within(network).getByLabelText('Hạn khắc phục'), '31/3/2027');
  expect(screen.getByText(`Đã tự đánh giá 2/${total} nhóm yêu cầu; 1 nhóm chưa đáp ứng đầy đủ.`)).toBeInTheDocument();
  await waitFor(async () => {
    const record = (await loadSystemSecurity(assessment.id)).get('portal');
    expect(record?.baseline).toEqual([
      { groupId: 'network', status: 'not-met', owner: 'Phòng CNTT', dueOn: '2027-03-31' },
      { groupId: 'policy', status: 'met', evidence: 'Quyết định số 12/QĐ-SNV ngày 3/3/2026' },
    ]);
  }, SLOW);
  const record = (await loadSystemSecurity(assessment.id)).get('portal');
  expect(record?.classification).toEqual(portalRecord().classification);
  expect(record?.dossier).toEqual(portalRecord().dossier);
  expect(record?.duties).toEqual(portalRecord().duties);
  expect(screen.getByRole('link', { name: 'Xem kế hoạch khắc phục' })).toBeInTheDocument();
});

test('what was saved is there when the page opens again; a gap turned "met" keeps its owner', async () => {
  const first = await openBaseline('portal', [
    portalRecord([
      { groupId: 'network', status: 'partly', owner: 'Phòng CNTT', dueOn: '2027-03-31', evidence: 'Sơ đồ mạng' },
    ]),
  ]);
  const network = card('network');
  expect(within(network).getByLabelText('Đáp ứng một phần')).toBeChecked();
  expect(within(network).getByLabelText('Hạn khắc phục')).toHaveValue('31/03/2027');
  expect(within(network).getByLabelText('Bằng chứng')).toHaveValue('Sơ đồ mạng');
  await first.user.click(within(network).getByLabelText('Đáp ứng'));
  expect(within(network).queryByLabelText('Hạn khắc phục')).not.toBeInTheDocument();
  await waitFor(async () => {
    const record = (await loadSystemSecurity(first.assessment.id)).get('portal');
    expect(record?.baseline).toEqual([
      { groupId: 'network', status: 'met', owner: 'Phòng CNTT', dueOn: '2027-03-31', evidence: 'Sơ đồ mạng' },
    ]);
  }, SLOW);
});

test('a due date that is no date is explained when the person leaves it, kept as typed, not saved until fixed, and holds back no other group', async () => {
  const { user, assessment } = await openBaseline();
  const network = card('network');
  await user.click(within(network).getByLabelText('Đáp ứng một phần'));
  await waitFor(async () => {
    expect((await loadSystemSecurity(assessment.id)).get('portal')?.baseline).toEqual([
      { groupId: 'network', status: 'partly' },
    ]);
  }, SLOW);
  const dueOn = within(network).getByLabelText('Hạn khắc phục');
  await user.type(dueOn, '31/02/2027');
  await user.tab();
  await waitFor(() => expect(dueOn).toHaveAccessibleDescription(/Hạn khắc phục không phải là ngày có thật/), SLOW);
  expect(dueOn).toHaveValue('31/02/2027');
  // The other groups are still saved as they change; this one keeps what was stored until its date is fixed.
  await user.click(within(card('policy')).getByLabelText('Đáp ứng'));
  await waitFor(async () => {
    expect((await loadSystemSecurity(assessment.id)).get('portal')?.baseline).toEqual([
      { groupId: 'network', status: 'partly' },
      { groupId: 'policy', status: 'met' },
    ]);
  }, SLOW);
  await user.clear(dueOn);
  await user.type(dueOn, '28/02/2027');
  await waitFor(async () => {
    expect((await loadSystemSecurity(assessment.id)).get('portal')?.baseline?.[0]).toEqual({
      groupId: 'network',
      status: 'partly',
      dueOn: '2027-02-28',
    });
  }, SLOW);
});

test('a system without a level yet sends the person to its classification', async () => {
  const { assessment } = await openBaseline(MAIL.id);
  expect(screen.getByText(/chưa có cấp độ đề xuất/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Phân loại hệ thống' })).toHaveAttribute(
    'href',
    `/assessments/${assessment.id}/security-levels/mail/classification`,
  );
  expect(screen.queryByRole('article')).not.toBeInTheDocument();
});

test('in English', async () => {
  const { user } = await openBaseline();
  await user.click(screen.getByRole('button', { name: /English/ }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Baseline measures self-check' }, SLOW),
  ).toBeInTheDocument();
  expect(screen.getByRole('article', { name: groupName('policy', 'en') })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Management requirements' })).toBeInTheDocument();
});
