/**
 * A memo keyed by objects that live as long as the corpus (its clauses), holding at most `limit`
 * entries: when full it starts afresh, as the segment cache in tokens.ts does. A WeakMap alone
 * lets an entry go only with its key, and a corpus keeps every clause to the end of the build, so
 * a value made for each clause once (its reading, its name, its set of bigrams) would stay for
 * every clause ever aligned: about 1 MiB per plan, more than Node's default heap holds at 6,000
 * plans. Aligning one plan touches its own clauses and its reference's, far fewer than the limit.
 */
export class BoundedMemo<K extends object, V> {
  private map = new WeakMap<K, V>();
  private size = 0;
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (!this.map.has(key)) {
      if (this.size >= this.limit) {
        this.map = new WeakMap();
        this.size = 0;
      }
      this.size++;
    }
    this.map.set(key, value);
  }
}

/** Entries each per-clause memo of the aligner holds at most: a few hundred plans' clauses. */
export const CLAUSE_MEMO_LIMIT = 50_000;
