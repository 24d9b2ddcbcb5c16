import { screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { sampleFile } from '../../exchange/sample-file.test-support';
import { serializeAssessmentFile } from '../../exchange/serialize';
import { listAssessments } from '../../storage/assessments';
import { db } from '../../storage/db';
import { exportAssessments } from '../../storage/exchange';

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
  expect(await screen.findByText('Đã nhập 1 đánh giá.')).toBeInTheDocument();
  expect(await listAssessments()).toHaveLength(1);

  await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
  expect(await screen.findByText('Đã hoàn tác việc nhập; dữ liệu trở lại như trước.')).toBeInTheDocument();
  expect(await listAssessments()).toHaveLength(0);
});
