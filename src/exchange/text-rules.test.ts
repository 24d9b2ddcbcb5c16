import { cleanText, findBadCharacter, mapStrings, REPLACEMENT_CHARACTER } from './text-rules';

test.each([
  ['Vietnamese in NFC', 'Ủy ban nhân dân', -1],
  ['tab, line feed, carriage return', 'a\tb\nc\r\n', -1],
  ['an emoji (a surrogate pair)', 'Tốt 👍', -1],
  ['a NUL', 'a\u0000', 1],
  ['DEL', '\u007f', 0],
  ['a C1 control', 'x\u009b', 1],
  ['a lone high surrogate at the end', 'x\ud83d', 1],
  ['a lone low surrogate', '\ude00x', 0],
  ['a reversed pair', '\ude00\ud83d', 0],
])('findBadCharacter: %s → %i', (_name, text, expected) => {
  expect(findBadCharacter(text)).toBe(expected);
});

test('cleanText writes refused characters as U+FFFD, keeps pairs, and gives NFC', () => {
  const r = REPLACEMENT_CHARACTER;
  expect(cleanText('a\u0000b\ud83d👍')).toBe(`a${r}b${r}👍`);
  expect(cleanText('Đường'.normalize('NFD'))).toBe('Đường'.normalize('NFC'));
  expect(cleanText(cleanText('x\u0001y'))).toBe(cleanText('x\u0001y'));
});

test('mapStrings changes every string, deeply, and keeps a "__proto__" key as plain data', () => {
  const input = JSON.parse('{"a": ["x", {"b": "y"}], "n": 1, "__proto__": {"c": "z"}}') as Record<string, unknown>;
  const output = mapStrings(input, (text) => text.toUpperCase());
  expect(JSON.stringify(output)).toBe('{"a":["X",{"b":"Y"}],"n":1,"__proto__":{"c":"Z"}}');
  expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
  expect(({} as Record<string, unknown>).c).toBeUndefined();
});
