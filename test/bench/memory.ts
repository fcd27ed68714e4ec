// Where the bench process's memory is (issue 7, "backend RSS ≤ 300 MB"), read after each book part:
// resident anonymous memory (malloc, V8 heaps — the main thread's and each worker's) against
// file-backed pages (mapped code, a memory-mapped database still touched), the main isolate's heap
// and what lives outside it, and glibc's malloc arenas (one per thread that allocated, up to
// 8 × cores; a finished thread's arena keeps its touched pages). Linux only; elsewhere RSS alone.
import { readFileSync } from 'node:fs';

export interface MemorySample {
  rss: number;
  /** /proc/self/smaps_rollup, MB */
  anon: number | null;
  file: number | null;
  /** The main isolate (process.memoryUsage), MB */
  heapUsed: number;
  /** What V8 has committed for the main isolate's heap (resident once touched) */
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** glibc's main arena (the brk heap, [heap] in smaps), resident MB */
  mainArena: number | null;
  /** glibc arenas other than the main one (64 MB-aligned heaps in /proc/self/smaps), and their resident MB */
  arenas: number | null;
  arenaRss: number | null;
  threads: number | null;
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const kbField = (text: string, field: string): number | null => {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? mb(Number(m[1]) * 1024) : null;
};

/**
 * A glibc thread arena is a 64 MiB reservation: a read-write head (what it has grown to) and a
 * PROT_NONE tail, adjacent, together exactly 64 MiB. Counts those pairs and the head's Rss.
 */
function arenas(): { count: number; rss: number; main: number } | null {
  let text: string;
  try {
    text = readFileSync('/proc/self/smaps', 'utf8');
  } catch {
    return null;
  }
  const maps: { start: bigint; end: bigint; perms: string; anon: boolean; name: string; rss: number }[] = [];
  let cur: (typeof maps)[number] | null = null;
  for (const line of text.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ (\d+)\s*(.*)$/.exec(line);
    if (head) {
      cur = { start: BigInt(`0x${head[1]}`), end: BigInt(`0x${head[2]}`), perms: head[3]!, anon: head[4] === '0' && head[5] === '', name: head[5]!, rss: 0 };
      maps.push(cur);
    } else if (cur && line.startsWith('Rss:')) cur.rss = Number(/(\d+)/.exec(line)![1]) * 1024;
  }
  const SIZE = 64n << 20n;
  let count = 0;
  let rss = 0;
  for (let i = 0; i < maps.length; i++) {
    const m = maps[i]!;
    if (!m.anon || !m.perms.startsWith('rw') || m.start % SIZE !== 0n) continue;
    const tail = maps[i + 1];
    const whole = tail && tail.anon && tail.perms.startsWith('---') && tail.start === m.end ? tail.end - m.start : m.end - m.start;
    if (whole !== SIZE) continue;
    count++;
    rss += m.rss;
  }
  return { count, rss: mb(rss), main: mb(maps.filter((m) => m.name === '[heap]').reduce((n, m) => n + m.rss, 0)) };
}

export function memorySample(): MemorySample {
  const u = process.memoryUsage();
  let rollup = '';
  let status = '';
  try {
    rollup = readFileSync('/proc/self/smaps_rollup', 'utf8');
    status = readFileSync('/proc/self/status', 'utf8');
  } catch {
    // not Linux
  }
  const a = arenas();
  const threads = /^Threads:\s+(\d+)/m.exec(status);
  return {
    rss: mb(u.rss), anon: kbField(rollup, 'Anonymous'), file: rollup ? mb(((kbField(rollup, 'Rss') ?? 0) - (kbField(rollup, 'Anonymous') ?? 0)) * 1e6) : null,
    heapUsed: mb(u.heapUsed), heapTotal: mb(u.heapTotal), external: mb(u.external), arrayBuffers: mb(u.arrayBuffers),
    mainArena: a?.main ?? null, arenas: a?.count ?? null, arenaRss: a?.rss ?? null, threads: threads ? Number(threads[1]) : null,
  };
}

export const describeMemory = (s: MemorySample): string =>
  `RSS ${s.rss} MB (anon ${s.anon ?? '?'}, file ${s.file ?? '?'}); main heap ${s.heapUsed} of ${s.heapTotal}, external ${s.external} (array buffers ${s.arrayBuffers}); `
  + `malloc main arena ${s.mainArena ?? '?'}, thread arenas ${s.arenas ?? '?'} holding ${s.arenaRss ?? '?'} MB; ${s.threads ?? '?'} threads`;
