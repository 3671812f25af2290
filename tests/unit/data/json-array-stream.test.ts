import { describe, expect, it } from 'vitest';
import { arrayElementText, jsonArrayPieces, jsonArrayStream } from '../../../src/lib/data/json-array-stream.ts';

const collect = async (items: unknown[]) => {
  let text = '';
  for await (const piece of jsonArrayPieces(items)) text += piece;
  return text;
};

describe('a JSON array written one element at a time', () => {
  // Shapes of the published records: nested objects and arrays, nulls, empty ones, Chinese text, numbers.
  const cases: unknown[][] = [
    [],
    [1],
    [{ plan: '140107-women', clauses: [{ status: 'identical', text: '促进妇女健康', numbers_changed: [] }], summary: { chars: 12 } }],
    [{ a: null, b: [], c: {} }, 'x', [1, [2, []]], { 'k"ey': 'line\nbreak' }],
  ];

  it('is byte for byte JSON.stringify(array, null, 1)', async () => {
    for (const items of cases) expect(await collect(items)).toBe(JSON.stringify(items, null, 1));
  });

  it('streams the same bytes as UTF-8', async () => {
    const items = cases[2]!;
    const bytes = new Uint8Array(await new Response(jsonArrayStream(items)).arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toBe(JSON.stringify(items, null, 1));
  });

  it('takes elements from an async source, one at a time', async () => {
    let made = 0;
    async function* source() {
      for (let i = 0; i < 3; i++) {
        made++;
        yield { i };
      }
    }
    const pieces = jsonArrayPieces(source());
    await pieces.next();
    expect(made).toBe(1);
    let rest = '';
    for await (const p of pieces) rest += p;
    expect(`[\n${arrayElementText({ i: 0 })}${rest}`).toBe(JSON.stringify([{ i: 0 }, { i: 1 }, { i: 2 }], null, 1));
  });
});
