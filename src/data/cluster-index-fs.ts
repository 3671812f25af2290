/**
 * The clause clusters of one plan type read from their file (clusters.jsonl, one record per line)
 * without holding every wording of the corpus in memory: one pass keeps each cluster's summary and
 * where its line is; a clause page reads its own cluster back from that place when it is written.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { ClauseClusterRecord } from '../lib/align/reuse-schema.ts';

/** A cluster without its wordings: what lists and links need. */
export type ClusterSummary = Omit<ClauseClusterRecord, 'variants'>;

export interface ClusterIndex {
  /** In file order (most widely reused first). */
  summaries: ClusterSummary[];
  /** The whole record of one cluster, read from the file. */
  read(id: string): ClauseClusterRecord;
}

const CHUNK = 1 << 24;

/** Calls back with each line of a file and its byte offset, reading a chunk at a time. */
export function forEachLine(file: string, onLine: (line: Buffer, offset: number) => void): void {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let carry = Buffer.alloc(0);
    let pos = 0;
    for (;;) {
      const n = readSync(fd, chunk, 0, CHUNK, pos);
      const buf = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      const base = pos - carry.length;
      let start = 0;
      for (let end = buf.indexOf(10, start); end >= 0; end = buf.indexOf(10, start)) {
        if (end > start) onLine(buf.subarray(start, end), base + start);
        start = end + 1;
      }
      if (n === 0) {
        if (start < buf.length) onLine(buf.subarray(start), base + start);
        return;
      }
      carry = Buffer.from(buf.subarray(start));
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
}

export function openClusterIndex(file: string): ClusterIndex {
  const summaries: ClusterSummary[] = [];
  const where = new Map<string, { offset: number; length: number }>();
  forEachLine(file, (line, offset) => {
    const { variants: _variants, ...summary } = JSON.parse(line.toString('utf8')) as ClauseClusterRecord;
    summaries.push(summary);
    where.set(summary.id, { offset, length: line.length });
  });
  return {
    summaries,
    read(id) {
      const at = where.get(id);
      if (!at) throw new Error(`${file}: no clause cluster ${id}`);
      const bytes = Buffer.allocUnsafe(at.length);
      const fd = openSync(file, 'r');
      try {
        readSync(fd, bytes, 0, at.length, at.offset);
      } finally {
        closeSync(fd);
      }
      return JSON.parse(bytes.toString('utf8')) as ClauseClusterRecord;
    },
  };
}
