import { expect, test } from 'vitest';
import { isDeleteConfirmation } from './delete-confirmation';

test.each([
  ['XÓA', 'as shown'],
  ['xóa', 'lower case'],
  ['XOA', 'without its mark'],
  ['XÓA'.normalize('NFD'), 'decomposed (NFD), as some input methods write it'],
  ['  Xóa ', 'with spaces around'],
  ['DELETE', 'the English word'],
  ['delete', 'the English word in lower case'],
])('%j (%s) confirms', (typed) => {
  expect(isDeleteConfirmation(typed)).toBe(true);
});

test.each(['', 'XÓ', 'XÓA HẾT', 'xoas', 'DELET', 'yes', 'OK'])('%j does not confirm', (typed) => {
  expect(isDeleteConfirmation(typed)).toBe(false);
});
