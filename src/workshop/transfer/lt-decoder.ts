/**
 * Belief-propagation ("peeling") decoding of an LT code, independent of the frame format: each received frame is an
 * equation "XOR of these source blocks = this payload". Known blocks are XORed out of every equation that holds them;
 * an equation left with one unknown block reveals it, which may in turn reduce others (a queue, not recursion, so a
 * long chain of reveals cannot overflow the stack). An equation whose blocks are all known is dropped.
 *
 * Cost: each equation is reduced once per block it holds, so decoding is O(received frames · mean degree · block
 * size) XOR work; the robust soliton's mean degree is O(ln K).
 */

interface PendingEquation {
  unknown: Set<number>;
  payload: Uint8Array;
}

export interface PeelingDecoder {
  /** Adds an equation (the payload is copied). Returns whether it revealed at least one block. */
  addEquation(neighbours: readonly number[], payload: Uint8Array): boolean;
  readonly decodedBlocks: number;
  readonly blockCount: number;
  /** The K blocks concatenated, once all are known. */
  joinedBlocks(): Uint8Array | undefined;
}

function xorInto(target: Uint8Array, source: Uint8Array): void {
  for (let i = 0; i < target.length; i++) target[i]! ^= source[i] ?? 0;
}

export function createPeelingDecoder(blockCount: number, blockSize: number): PeelingDecoder {
  const blocks: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(blockCount).fill(undefined);
  /** For each unknown block, the pending equations that hold it. */
  const waiting: PendingEquation[][] = Array.from({ length: blockCount }, () => []);
  let decodedBlocks = 0;

  /** Records a revealed block and propagates it through the equations waiting for it. */
  function reveal(firstIndex: number, firstBlock: Uint8Array): void {
    const queue: [number, Uint8Array][] = [[firstIndex, firstBlock]];
    for (let head = 0; head < queue.length; head++) {
      const [index, block] = queue[head]!;
      if (blocks[index] !== undefined) continue;
      blocks[index] = block;
      decodedBlocks++;
      const equations = waiting[index] ?? [];
      waiting[index] = [];
      for (const equation of equations) {
        if (!equation.unknown.delete(index)) continue;
        xorInto(equation.payload, block);
        if (equation.unknown.size === 1) {
          const [last] = equation.unknown;
          equation.unknown.clear();
          // The equation now reads "block `last` = payload": its payload becomes that block.
          if (last !== undefined) queue.push([last, equation.payload]);
        }
      }
    }
  }

  return {
    addEquation(neighbours, payload) {
      const before = decodedBlocks;
      const reduced = payload.slice(0, blockSize);
      const unknown = new Set<number>();
      for (const index of neighbours) {
        const known = blocks[index];
        if (known === undefined) unknown.add(index);
        else xorInto(reduced, known);
      }
      if (unknown.size === 1) {
        const [index] = unknown;
        if (index !== undefined) reveal(index, reduced);
      } else if (unknown.size > 1) {
        const equation: PendingEquation = { unknown, payload: reduced };
        for (const index of unknown) waiting[index]?.push(equation);
      }
      return decodedBlocks > before;
    },
    get decodedBlocks() {
      return decodedBlocks;
    },
    blockCount,
    joinedBlocks() {
      if (decodedBlocks < blockCount) return undefined;
      const joined = new Uint8Array(blockCount * blockSize);
      blocks.forEach((block, i) => joined.set(block ?? new Uint8Array(0), i * blockSize));
      return joined;
    },
  };
}
