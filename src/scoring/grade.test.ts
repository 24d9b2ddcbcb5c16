import type { Grade } from '../questionnaire/content-schema';
import { GRADE_FLOORS, gradeFor, listGradeBands, worseGrade } from './grade';

test.each<[number, Grade]>([
  [100, 'A'],
  [90, 'A'],
  [89.6, 'A'], // shown as 90
  [89.5, 'A'], // shown as 90
  [89.4, 'B'], // shown as 89
  [80, 'B'],
  [79.5, 'B'], // shown as 80
  [79.4, 'C'],
  [65, 'C'],
  [64.5, 'C'], // shown as 65
  [64.4, 'D'],
  [50, 'D'],
  [49.5, 'D'], // shown as 50
  [49.4, 'E'],
  [0, 'E'],
])('a score of %d gets grade %s', (score, grade) => {
  expect(gradeFor(score)).toBe(grade);
});

test('the grade floors are the published bands A 90, B 80, C 65, D 50, E 0', () => {
  expect(GRADE_FLOORS).toEqual({ A: 90, B: 80, C: 65, D: 50, E: 0 });
});

test.each<[Grade, Grade, Grade]>([
  ['A', 'A', 'A'],
  ['A', 'B', 'B'],
  ['B', 'A', 'B'],
  ['A', 'E', 'E'],
  ['E', 'A', 'E'],
  ['C', 'D', 'D'],
  ['D', 'C', 'D'],
  ['E', 'E', 'E'],
])('the worse of %s and %s is %s', (a, b, worse) => {
  expect(worseGrade(a, b)).toBe(worse);
});

test('the bands the legend prints are the ones the grades are read from', () => {
  expect(listGradeBands()).toEqual([
    { grade: 'A', from: 90, to: 100 },
    { grade: 'B', from: 80, to: 89 },
    { grade: 'C', from: 65, to: 79 },
    { grade: 'D', from: 50, to: 64 },
    { grade: 'E', below: 50 },
  ]);
  for (const band of listGradeBands()) {
    if ('below' in band) expect(gradeFor(band.below - 1)).toBe(band.grade);
    else expect([gradeFor(band.from), gradeFor(band.to)]).toEqual([band.grade, band.grade]);
  }
});
