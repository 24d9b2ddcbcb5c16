import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { choice, percent } from '../../../tests/fixtures/answers';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import type { FileEntry } from '../../exchange/file-format';
import { sampleEntry, sampleFile } from '../../exchange/sample-file.test-support';
import { serializeAssessmentFile } from '../../exchange/serialize';
import { paths } from '../../paths';
import { saveAnswers } from '../../storage/answers';
import { createAssessment, listAssessments, renameAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import { exportAssessments } from '../../storage/exchange';
import { markExported } from '../../storage/export-status';
import { dumpDatabase } from '../../../tests/fixtures/dump-database';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
});

const hostile = (name: string) =>
  new File([readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/hostile', name))], name, {
    type: 'application/json',
  });

async function openImport() {
  const view = renderApp('/import');
  await screen.findByRole('heading', { level: 1, name: 'Nhập tệp đánh giá' });
  return view;
}

test('a file with a __proto__ key is refused in Vietnamese and nothing changes', async () => {
  const { user } = await openImport();
  const before = (await exportAssessments('all')).text;
  await user.upload(screen.getByLabelText('Tệp đánh giá (.json)'), hostile('proto-key.json'));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Tệp chứa khóa không được phép “__proto__”');
  expect(alert).toHaveTextContent('Không có dữ liệu nào bị thay đổi.');
  expect((await exportAssessments('all')).text.replace(/"exportedAt": "[^"]+"/, '')).toBe(
    before.replace(/"exportedAt": "[^"]+"/, ''),
  );
});

test('a file from a newer version says so', async () => {
  const { user } = await openImport();
  await user.upload(screen.getByLabelText('Tệp đánh giá (.json)'), hostile('newer-version.json'));
  expect(await screen.findByRole('alert')).toHaveTextContent('Tệp này được tạo bằng phiên bản mới hơn của ứng dụng');
});

test('a valid file imports, and the import can be undone', async () => {
  const { user } = await openImport();
  const text = serializeAssessmentFile(sampleFile());
  await user.upload(
    screen.getByLabelText('Tệp đánh giá (.json)'),
    new File([text], 'backup.json', { type: 'application/json' }),
  );
  await user.click(await screen.findByRole('button', { name: 'Nhập' }));
  expect(await screen.findByText('Đã nhập 1 bản mới.')).toBeInTheDocument();
  expect(await listAssessments()).toHaveLength(1);

  await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
  expect(await screen.findByText('Đã hoàn tác việc nhập; dữ liệu trở lại như trước.')).toBeInTheDocument();
  expect(await listAssessments()).toHaveLength(0);
});

// ---------------------------------------------------------------------------------------------------------------
// What the import does, per assessment: new, identical (skipped), conflict
// ---------------------------------------------------------------------------------------------------------------

const asFile = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

/** Two assessments on the device, exported and marked as exported (as the backup button leaves them). */
async function seedExported() {
  const portal = await createAssessment(buildProfile({ unitName: 'Sở Tư pháp tỉnh Phú Thọ' }));
  await saveAnswers(portal.id, { saved: [choice('services-national-portal', 'partly')], clearedQuestionIds: [] });
  const commune = await createAssessment(
    buildProfile({
      unitName: 'UBND xã Đông Anh',
      unitType: 'commune-committee',
      communeName: 'Xã Đông Anh',
      periodPart: 'q3',
    }),
  );
  await saveAnswers(commune.id, {
    saved: [percent('services-dossier-digitisation', 62.5)],
    clearedQuestionIds: [],
  });
  const exported = await exportAssessments('all');
  await markExported(exported.assessmentIds, exported.file.exportedAt);
  return { portal, commune, exported };
}

test('a file already on the device, identical: the preview and the result say nothing changes, and nothing is written', async () => {
  const { exported } = await seedExported();
  const before = await dumpDatabase();
  const { user } = await openImport();

  await user.upload(screen.getByLabelText('Tệp đánh giá (.json)'), asFile(exported.text));

  expect(await screen.findByText('Trong tệp: 2 đã có và giống hệt (sẽ bỏ qua).')).toBeInTheDocument();
  expect(
    screen.getByText('Mọi đánh giá trong tệp đều đã có trên thiết bị và giống hệt: nhập tệp này sẽ không thay đổi gì.'),
  ).toBeInTheDocument();
  const items = within(screen.getByRole('list', { name: 'Các đánh giá trong tệp' })).getAllByRole('listitem');
  expect(items.map((item) => item.textContent)).toEqual([
    'Sở Tư pháp tỉnh Phú Thọ · Năm 2026 · Đã có, giống hệt (sẽ bỏ qua)',
    'UBND xã Đông Anh · Quý III/2026 · Đã có, giống hệt (sẽ bỏ qua)',
  ]);

  await user.click(screen.getByRole('button', { name: 'Nhập' }));

  expect(
    await screen.findByText(
      'Mọi đánh giá trong tệp đều đã có sẵn và giống hệt trên thiết bị này: không có gì thay đổi.',
    ),
  ).toBeInTheDocument();
  expect(screen.queryByText(/Đã nhập/)).toBeNull();
  expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
  expect(await dumpDatabase()).toBe(before);
});

/** The device's two assessments (one changed since the export) and two new ones, in one backup. */
async function mixedFile() {
  const { portal, commune, exported } = await seedExported();
  await renameAssessment(commune.id, 'Đánh giá quý III – đã sửa');
  const newEntries: FileEntry[] = [
    // Created before the ones on the device: a file lists assessments oldest first.
    sampleEntry('new-commune', { createdAt: '2026-01-01T01:00:00.000Z' }),
    sampleEntry('new-department', {
      createdAt: '2026-01-02T01:00:00.000Z',
      title: undefined,
      profile: buildProfile({ unitName: 'Sở Nội vụ', periodPart: 'h2' }),
    }),
  ];
  const text = serializeAssessmentFile(sampleFile([...exported.file.assessments, ...newEntries], 'backup'));
  return { portal, commune, text };
}

test('a backup with new, identical and conflicting assessments: the counts and each one in the preview and the result', async () => {
  const { text } = await mixedFile();
  const { user } = await openImport();

  await user.upload(screen.getByLabelText('Tệp đánh giá (.json)'), asFile(text));

  expect(
    await screen.findByText('Trong tệp: 2 mới, 1 đã có và giống hệt (sẽ bỏ qua), 1 khác với bản trên thiết bị.'),
  ).toBeInTheDocument();
  const preview = within(screen.getByRole('list', { name: 'Các đánh giá trong tệp' })).getAllByRole('listitem');
  expect(preview.map((item) => item.textContent)).toEqual([
    'Ủy ban nhân dân xã Minh Châu · 6 tháng đầu năm 2026 · Mới',
    'Sở Nội vụ · 6 tháng cuối năm 2026 · Mới',
    'Sở Tư pháp tỉnh Phú Thọ · Năm 2026 · Đã có, giống hệt (sẽ bỏ qua)',
    'UBND xã Đông Anh · Quý III/2026 · Khác với bản trên thiết bị',
  ]);

  // Keep both (the default): the conflicting one comes in as a copy.
  await user.click(screen.getByRole('button', { name: 'Nhập' }));

  expect(
    await screen.findByText(
      'Đã nhập 2 bản mới. Đã nhập 1 bản thành bản sao (vẫn giữ bản trên thiết bị). Có 1 bản đã có sẵn và giống hệt nên không thay đổi gì.',
    ),
  ).toBeInTheDocument();
  const result = within(screen.getByRole('list', { name: 'Kết quả theo từng đánh giá' })).getAllByRole('listitem');
  expect(result.map((item) => item.textContent)).toEqual([
    'Ủy ban nhân dân xã Minh Châu · 6 tháng đầu năm 2026 · Đã nhập',
    'Sở Nội vụ · 6 tháng cuối năm 2026 · Đã nhập',
    'Sở Tư pháp tỉnh Phú Thọ · Năm 2026 · Đã có sẵn, không thay đổi',
    'UBND xã Đông Anh · Quý III/2026 · Đã nhập thành bản sao',
  ]);
  expect(await listAssessments()).toHaveLength(5);
});

test('the same, replacing, in English', async () => {
  const { text } = await mixedFile();
  const { user } = await openImport();
  await user.click(screen.getByRole('button', { name: /English/ }));
  await screen.findByRole('heading', { level: 1, name: 'Import an assessment file' });

  await user.upload(screen.getByLabelText('Assessment file (.json)'), asFile(text));

  expect(
    await screen.findByText(
      'In the file: 2 new, 1 already here and identical (will be skipped), 1 different from the copy on this device.',
    ),
  ).toBeInTheDocument();
  const preview = within(screen.getByRole('list', { name: 'Assessments in the file' })).getAllByRole('listitem');
  expect(preview.map((item) => item.textContent)).toEqual([
    'Ủy ban nhân dân xã Minh Châu · First half of 2026 · New',
    'Sở Nội vụ · Second half of 2026 · New',
    'Sở Tư pháp tỉnh Phú Thọ · Year 2026 · Already here, identical (will be skipped)',
    'UBND xã Đông Anh · Q3 2026 · Different from the copy on this device',
  ]);
  await user.click(screen.getByLabelText('Replace the copy on this device (can be undone)'));
  await user.click(screen.getByRole('button', { name: 'Import' }));

  expect(
    await screen.findByText(
      'New assessments imported: 2. Replaced the copy on this device (can be undone): 1. Already on this device and identical, so left unchanged: 1.',
    ),
  ).toBeInTheDocument();
  const result = within(screen.getByRole('list', { name: 'Per assessment' })).getAllByRole('listitem');
  expect(result.map((item) => item.textContent)).toEqual([
    'Ủy ban nhân dân xã Minh Châu · First half of 2026 · Imported',
    'Sở Nội vụ · Second half of 2026 · Imported',
    'Sở Tư pháp tỉnh Phú Thọ · Year 2026 · Already here, unchanged',
    'UBND xã Đông Anh · Q3 2026 · Replaced the copy on this device',
  ]);
  expect(await listAssessments()).toHaveLength(4);
});

// ---------------------------------------------------------------------------------------------------------------
// The limit on assessments per device
// ---------------------------------------------------------------------------------------------------------------

test('a full backup onto a device holding two is refused before importing, saying how many more fit', async () => {
  await createAssessment(buildProfile({ unitName: 'Sở Tư pháp' }));
  await createAssessment(buildProfile({ unitName: 'Sở Nội vụ' }));
  const base = sampleEntry();
  const entries: FileEntry[] = Array.from({ length: 1000 }, (_, index) => ({
    assessment: { ...base.assessment, id: `full-${index}` },
    answers: [],
    planItems: [],
  }));
  const before = await dumpDatabase();
  const { user } = await openImport();

  await user.upload(
    screen.getByLabelText('Tệp đánh giá (.json)'),
    asFile(serializeAssessmentFile(sampleFile(entries, 'backup'))),
  );

  const alert = await screen.findByRole('alert', undefined, { timeout: 15_000 });
  expect(alert).toHaveTextContent(
    'Thiết bị này đã có 2 bản đánh giá; chỉ nhập thêm được 998 bản (mỗi thiết bị giữ tối đa 1.000 bản, bằng một tệp sao lưu). Nhập tệp này sẽ thêm 1.000 bản.',
  );
  expect(alert).toHaveTextContent('Không có dữ liệu nào bị thay đổi.');
  expect(screen.queryByRole('button', { name: 'Nhập' })).toBeNull();
  expect(await dumpDatabase()).toBe(before);
});

// ---------------------------------------------------------------------------------------------------------------
// An id with URL characters opens on every screen
// ---------------------------------------------------------------------------------------------------------------

test('an assessment whose id holds "/", "#", "?", "%" and a space imports and opens on every screen', async () => {
  const id = 'a/b#c?d%e f';
  const fixture = readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/url-characters-id.json'));
  const { user, unmount } = await openImport();
  await user.upload(screen.getByLabelText('Tệp đánh giá (.json)'), new File([fixture], 'url-characters-id.json'));
  await user.click(await screen.findByRole('button', { name: 'Nhập' }));
  expect(await screen.findByText('Đã nhập 1 bản mới.')).toBeInTheDocument();
  expect((await listAssessments()).map((assessment) => assessment.id)).toEqual([id]);

  // The list links to where the file says work stopped (the in-memory location of these tests keeps a fragment in
  // the path, so the screens are opened by their addresses below; the browser test follows the links).
  await user.click(screen.getAllByRole('link', { name: 'Quay lại danh sách đánh giá' }).at(-1)!);
  const [link] = await screen.findAllByRole('link', { name: /Tự đánh giá sáu tháng đầu năm 2026/ });
  expect(link).toHaveAttribute(
    'href',
    '/assessments/a%252Fb%2523c%253Fd%2525e%2520f/sections/security#question-security-system-inventory',
  );
  unmount();

  // And each screen opened at its address.
  const screens = [
    [paths.assessment.to(id), /Tự đánh giá sáu tháng đầu năm 2026/],
    [paths.section.to(id, 'security'), 'Bảo vệ an ninh mạng hệ thống thông tin theo cấp độ'],
    [paths.results.to(id), 'Kết quả đánh giá'],
    [paths.plan.to(id), 'Kế hoạch khắc phục'],
    [paths.profile.to(id), 'Thông tin đơn vị'],
  ] as const;
  for (const [address, heading] of screens) {
    const view = renderApp(address);
    expect(await screen.findByRole('heading', { level: 1, name: heading }), address).toBeInTheDocument();
    expect(screen.queryByText('Không tìm thấy trang')).toBeNull();
    view.unmount();
  }
});
