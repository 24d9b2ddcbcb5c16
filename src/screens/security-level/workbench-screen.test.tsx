import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { inventory, system } from '../../../tests/fixtures/answers';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { changeLanguage } from '../../i18n/i18n';
import { paths } from '../../paths';
import { INVENTORY_QUESTION_ID } from '../../security-level/inventory';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import { saveSystemSecurity } from '../../storage/system-security';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.systemSecurity.clear();
});

async function assessmentWith(...systems: Parameters<typeof system>[]) {
  const { id } = await createAssessment(buildProfile());
  if (systems.length) {
    await saveAnswers(id, {
      saved: [
        inventory(
          INVENTORY_QUESTION_ID,
          systems.map((args) => system(...args)),
        ),
      ],
      clearedQuestionIds: [],
    });
  }
  return id;
}

test('with no system in the inventory, the workbench sends the unit to the inventory question', async () => {
  const id = await assessmentWith();
  const { user, location } = renderApp(paths.securityWorkbench.to(id));
  expect(
    await screen.findByRole(
      'heading',
      { level: 1, name: 'An toàn hệ thống thông tin theo cấp độ' },
      { timeout: 15_000 },
    ),
  ).toBeVisible();
  expect(screen.getByRole('heading', { name: 'Chưa có hệ thống nào' })).toBeVisible();
  await user.click(screen.getByRole('link', { name: 'Kê khai hệ thống thông tin' }));
  expect(location.history?.at(-1)).toBe(paths.section.to(id, 'security', INVENTORY_QUESTION_ID));
});

test('each system shows its role, type, levels, rules and next step; systems only used are apart, without steps', async () => {
  const id = await assessmentWith(
    ['one-stop', { name: 'Hệ thống một cửa điện tử', role: 'owner', handlesProcedures: true }],
    ['mail', { name: 'Thư điện tử công vụ', systemType: 'internal', proposedLevel: '2' }],
    [
      'provincial',
      { name: 'Hệ thống giải quyết TTHC tỉnh', role: 'user', approvedLevel: '3', approvedOn: '2025-03-01' },
    ],
  );
  await saveSystemSecurity(id, [
    {
      systemId: 'mail',
      classification: { informationTypes: ['private'] },
      dossier: [],
      baseline: [],
      duties: {},
      updatedAt: '2026-12-01T08:00:00.000Z',
    },
  ]);
  const { user, location } = renderApp(paths.securityWorkbench.to(id));
  const owned = await screen.findByRole(
    'region',
    { name: 'Hệ thống đơn vị là chủ quản hoặc vận hành' },
    { timeout: 15_000 },
  );
  const [oneStop, mail] = within(owned).getAllByRole('listitem');
  // The row says it handles procedures: level 3 under Decree 331, not yet in the inventory.
  expect(within(oneStop!).getByRole('heading', { name: 'Hệ thống một cửa điện tử' })).toBeVisible();
  expect(within(oneStop!).getByText('Chủ quản')).toBeVisible();
  expect(within(oneStop!).getByText('Phục vụ người dân, doanh nghiệp')).toBeVisible();
  expect(within(oneStop!).getByText('Cấp độ 3')).toBeVisible();
  expect(within(oneStop!).getByText('Nghị định 331')).toBeVisible();
  expect(within(oneStop!).getByText('Ghi cấp độ đề xuất vào danh mục')).toBeVisible();
  // Internal with private data: level 2, as the inventory says; the dossier is next. No role: counted as owner.
  expect(within(mail!).getByText('Chưa nêu (tính như chủ quản)')).toBeVisible();
  expect(within(mail!).getAllByText('Cấp độ 2')).toHaveLength(2);
  expect(within(mail!).getByText('Lập hồ sơ đề xuất cấp độ')).toBeVisible();

  const used = screen.getByRole('region', { name: 'Hệ thống đơn vị chỉ sử dụng' });
  expect(within(used).getByText('Cơ quan chủ quản xác định cấp độ')).toBeVisible();
  expect(within(used).getByText('Cấp độ 3')).toBeVisible();
  expect(within(used).queryByRole('link')).toBeNull();

  expect(screen.getByRole('link', { name: 'Lịch nhiệm vụ của đơn vị' })).toHaveAttribute(
    'href',
    paths.securityCalendar.to(id),
  );
  for (const [name, path] of [
    ['Hồ sơ đề xuất cấp độ – Thư điện tử công vụ', paths.securityDossier.to(id, 'mail')],
    ['Biện pháp bảo vệ – Thư điện tử công vụ', paths.securityBaseline.to(id, 'mail')],
    ['Nhiệm vụ, thời hạn – Thư điện tử công vụ', paths.securityDuties.to(id, 'mail')],
  ] as const) {
    expect(screen.getByRole('link', { name })).toHaveAttribute('href', path);
  }
  await user.click(screen.getByRole('link', { name: 'Phân loại – Hệ thống một cửa điện tử' }));
  expect(location.history?.at(-1)).toBe(paths.securityClassification.to(id, 'one-stop'));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Phân loại: Hệ thống một cửa điện tử' }, { timeout: 15_000 }),
  ).toBeVisible();
});

test('in English', async () => {
  await changeLanguage('en');
  const id = await assessmentWith(['portal', { name: 'Ward portal', role: 'operator' }]);
  renderApp(paths.securityWorkbench.to(id));
  const owned = await screen.findByRole('region', { name: 'Systems the unit owns or operates' }, { timeout: 15_000 });
  expect(within(owned).getByText('Operator')).toBeVisible();
  expect(within(owned).getByText('Not enough information')).toBeVisible();
  expect(within(owned).getByText('Classify the system')).toBeVisible();
  expect(screen.getByRole('link', { name: 'Classification – Ward portal' })).toBeVisible();
});

test('the task list and the inventory question lead to the workbench', async () => {
  const id = await assessmentWith(['portal', { name: 'Cổng thông tin xã', role: 'owner' }]);
  const { user, location, unmount } = renderApp(paths.assessment.to(id));
  await user.click(
    await screen.findByRole('link', { name: 'An toàn hệ thống thông tin theo cấp độ' }, { timeout: 15_000 }),
  );
  expect(location.history?.at(-1)).toBe(paths.securityWorkbench.to(id));
  unmount();

  renderApp(paths.section.to(id, 'security'));
  expect(
    await screen.findByRole('link', { name: 'Xác định cấp độ cho các hệ thống này' }, { timeout: 15_000 }),
  ).toHaveAttribute('href', paths.securityWorkbench.to(id));
});
