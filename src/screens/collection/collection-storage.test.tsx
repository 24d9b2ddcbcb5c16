import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { buildProfile } from '../../../tests/fixtures/profile';
import { generateCollection } from '../../../tests/fixtures/collection/generate-collection';
import { toReceiveInput } from '../../../tests/fixtures/collection/receive-input';
import { rosterOf } from '../../collection/roster/roster.test-support';
import { changeLanguage } from '../../i18n/i18n';
import { createAssessment, listAssessments } from '../../storage/assessments';
import { clearCollection, listReceived, readRoster, receiveAssessments, saveRoster } from '../../storage/collection';
import { CollectionStorage } from './collection-storage';
import { computeCollection } from '../../collection/compare/compute-collection';

const files = generateCollection({ count: 3, seed: 21 });

async function receiveGenerated() {
  const inputs = await Promise.all(files.map((file) => toReceiveInput(file)));
  await receiveAssessments(inputs);
  await saveRoster(rosterOf({ name: 'UBND xã Minh Châu', unitType: 'commune-committee', provinceId: 'ha-noi' }));
}

beforeEach(async () => {
  await clearCollection();
});

test('shows what the collection takes against its budget, and deletes the received copies after a confirmation, nothing else', async () => {
  const own = await createAssessment(buildProfile());
  await receiveGenerated();
  const { bytes } = computeCollection(await listReceived(), '2026-12-01');
  const perUnit = Math.round(bytes / files.length / 1024);
  const user = userEvent.setup();
  render(<CollectionStorage units={files.length} bytes={bytes} />);

  const region = screen.getByRole('region', { name: 'Dung lượng và xóa bộ sưu tập' });
  expect(await within(region).findByText(/^Bộ sưu tập chiếm .* MB trên thiết bị này/)).toHaveTextContent(
    `(3 bản, khoảng ${perUnit} kB mỗi bản; định mức 40 kB mỗi đơn vị)`,
  );

  // A change of mind first: nothing is deleted, and the person is back on the delete button.
  await user.click(within(region).getByRole('button', { name: 'Xóa toàn bộ bộ sưu tập' }));
  const confirm = within(region).getByRole('group', { name: 'Xác nhận xóa bộ sưu tập' });
  expect(confirm).toHaveTextContent('Xóa 3 bản đã nhận khỏi thiết bị này? Danh sách đơn vị được giữ lại;');
  expect(within(confirm).getByRole('button', { name: 'Xóa 3 bản' })).toHaveFocus();
  await user.click(within(confirm).getByRole('button', { name: 'Hủy' }));
  expect(await listReceived()).toHaveLength(3);
  expect(within(region).getByRole('button', { name: 'Xóa toàn bộ bộ sưu tập' })).toHaveFocus();

  await user.click(within(region).getByRole('button', { name: 'Xóa toàn bộ bộ sưu tập' }));
  await user.click(within(region).getByRole('button', { name: 'Xóa 3 bản' }));
  expect(await within(region).findByText('Đã xóa bộ sưu tập (3 bản). Danh sách đơn vị được giữ lại.')).toBeVisible();
  expect(await listReceived()).toEqual([]);
  expect((await readRoster())?.entries).toHaveLength(1);
  expect((await listAssessments()).map((assessment) => assessment.id)).toEqual([own.id]);
});

test('in English, with an empty collection there is nothing to delete', async () => {
  await changeLanguage('en');
  render(<CollectionStorage units={0} bytes={0} />);
  expect(await screen.findByText(/^The collection takes 0\.1 MB on this device \(0 copies/)).toBeVisible();
  expect(screen.queryByRole('button', { name: 'Delete the whole collection' })).toBeNull();
});

test('the size counted with the figures is what storage counts for the received copies', async () => {
  await receiveGenerated();
  const copies = await listReceived();
  const expected = copies.reduce((sum, copy) => sum + new TextEncoder().encode(JSON.stringify(copy)).length, 0);
  expect(computeCollection(copies, '2026-12-01').bytes).toBe(expected);
});
