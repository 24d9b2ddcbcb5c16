import { PERIOD_PARTS } from '../../assessment/profile-schema';
import { periodIdOf, periodKeyOf } from './period';

test('period keys order periods by when they end, the shorter first among those ending together', () => {
  const periods = [2026, 2025].flatMap((year) => PERIOD_PARTS.map((part) => ({ year, part })));
  const ordered = periods
    .sort((a, b) => periodKeyOf(a.year, a.part) - periodKeyOf(b.year, b.part))
    .map(({ year, part }) => periodIdOf(year, part));
  expect(ordered).toEqual([
    ...['2025-q1', '2025-q2', '2025-h1', '2025-q3', '2025-q4', '2025-h2', '2025-year'],
    ...['2026-q1', '2026-q2', '2026-h1', '2026-q3', '2026-q4', '2026-h2', '2026-year'],
  ]);
});

test('a key reads as year, end month and length in months', () => {
  expect(periodKeyOf(2026, 'h1')).toBe(20260606);
  expect(periodKeyOf(2026, 'year')).toBe(20261212);
  expect(periodIdOf(2026, 'q3')).toBe('2026-q3');
});
