// `node --import tsx test/bench/build-book.ts DIR CONTACTS TOUCHES NOW`: builds the synthetic book
// in DIR and prints its BookStats as JSON. run.ts calls it in a child process so the book's
// generation (every person held in memory at once) does not count in the measured backend's RSS.
import { openBackend } from '../../electron/backend/index.js';
import { fixedClock } from '../../electron/backend/context.js';
import { buildBook } from './book.js';

const [dir, contacts, touches, now] = process.argv.slice(2);
if (!dir || !contacts || !touches || !now) throw new Error('usage: build-book.ts DIR CONTACTS TOUCHES NOW');
const b = openBackend({ dataDir: dir, clock: fixedClock(now) });
try {
  process.stdout.write(JSON.stringify(buildBook(b, Number(contacts), Number(touches))));
} finally {
  b.close();
}
