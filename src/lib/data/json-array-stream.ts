/**
 * A JSON array written one element at a time, byte for byte what JSON.stringify(array, null, 1)
 * writes. For the corpus-wide data files (/data/reuse.json, /data/targets.json): at 6,000 plans
 * the whole text of reuse.json is more than one JavaScript string can hold (RangeError: Invalid
 * string length), while each element is small.
 */

/** One element as it stands inside the array: its own JSON, every line indented one space more. */
export function arrayElementText(value: unknown): string {
  return JSON.stringify(value, null, 1).split('\n').map((line) => ` ${line}`).join('\n');
}

/** The array's text in pieces: "[", each element after ",\n" or "\n", then "\n]" ("[]" when empty). */
export async function* jsonArrayPieces(items: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<string> {
  let first = true;
  for await (const item of items) {
    yield `${first ? '[\n' : ',\n'}${arrayElementText(item)}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
}

/** The array as a stream of UTF-8 bytes, one element at a time, for a Response body. */
export function jsonArrayStream(items: AsyncIterable<unknown> | Iterable<unknown>): ReadableStream<Uint8Array> {
  const pieces = jsonArrayPieces(items);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
