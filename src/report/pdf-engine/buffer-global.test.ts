import { Buffer as NodeBuffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latin1Bytes } from './buffer-global';

describe('latin1Bytes', () => {
  it('gives the bytes Node gives for latin1 text, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect([...latin1Bytes(text)]).toEqual([...NodeBuffer.from(text, 'latin1')]);
      }),
    );
  });

  it('turns a drawing instruction into its bytes', () => {
    const text = '1 0 0 1 56.69 785.2 Tm\n[<00010002> -12 <0003>] TJ\n';
    expect(latin1Bytes(text).toString('latin1')).toBe(text);
  });
});
