import { render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { fullAnswer, scoredQuestions } from '../../../tests/fixtures/content-picks';
import { receivedAssessment } from '../../collection/compare/compare.test-support';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { changeLanguage } from '../../i18n/i18n';
import { CollectionDashboard } from './collection-dashboard';
import { ReceivedView } from './received-screen';

const real = receivedAssessment({
  id: 'tai-chinh',
  profile: { unitName: 'Sở Tài chính', unitType: 'provincial-department' },
  answers: scoredQuestions('provincial-department').map(({ question }) => fullAnswer(question)),
});
const fromWorkshop = receivedAssessment({
  id: 'mau',
  profile: { unitName: 'UBND xã Hòa Bình Mẫu', unitType: 'commune-committee', communeName: 'Xã Hòa Bình Mẫu' },
});
const sample: ReceivedAssessment = {
  ...fromWorkshop,
  entry: { ...fromWorkshop.entry, assessment: { ...fromWorkshop.entry.assessment, sample: true } },
};

afterEach(async () => {
  await changeLanguage('vi');
});

const renderDashboard = () =>
  render(<CollectionDashboard received={[real, sample]} roster={null} onSaveRoster={() => Promise.resolve()} />);

test('a received sample is listed apart, marked, and counted nowhere in the figures', async () => {
  renderDashboard();
  const samples = await screen.findByRole('region', { name: 'Bài mẫu đã nhận (1)' });
  const row = within(samples).getByRole('row', { name: /Hòa Bình Mẫu/ });
  expect(within(row).getByText('Bài mẫu')).toBeInTheDocument();
  expect(within(row).getByRole('link', { name: 'UBND xã Hòa Bình Mẫu' })).toBeInTheDocument();
  const summary = screen.getByRole('list', { name: 'Số liệu chung của các bản đã nhận' });
  expect(within(summary).getAllByRole('listitem')[0]).toHaveTextContent('1 bản đã nhận');
  const table = screen.getByRole('table', { name: /So sánh 1 bản/ });
  expect(within(table).queryByText(/Hòa Bình Mẫu/)).not.toBeInTheDocument();
});

test('in English too', async () => {
  await changeLanguage('en');
  renderDashboard();
  const samples = await screen.findByRole('region', { name: 'Sample received (1)' });
  expect(within(samples).getByText('Sample')).toBeInTheDocument();
  expect(within(samples).getByText(/left out of the summary/)).toBeInTheDocument();
});

test('a collection of samples only is empty of figures, with its samples shown', async () => {
  render(<CollectionDashboard received={[sample]} roster={null} onSaveRoster={() => Promise.resolve()} />);
  expect(await screen.findByRole('region', { name: 'Bài mẫu đã nhận (1)' })).toBeInTheDocument();
  expect(screen.queryByRole('list', { name: 'Số liệu chung của các bản đã nhận' })).not.toBeInTheDocument();
});

test('a received sample’s own screen says it is a sample, left out of the figures', async () => {
  render(<ReceivedView received={sample} />);
  const banner = await screen.findByRole('complementary', { name: 'Bài đánh giá mẫu – đơn vị giả định' });
  expect(banner).toHaveTextContent('Bài này không được tính vào số liệu tổng hợp của các đơn vị.');
  render(<ReceivedView received={real} />);
  expect(screen.getAllByRole('complementary', { name: /mẫu/ })).toHaveLength(1);
});
