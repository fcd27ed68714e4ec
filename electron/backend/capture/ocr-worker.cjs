// Entry of the OCR worker thread: tesseract.js's own worker script, with tesseract's diagnostic
// chatter ("Detected 7 diacritics", "Estimating resolution…") kept off the process's stdout and
// stderr — the CLI's --json prints exactly one document. Real failures reach the caller as
// rejected jobs, not as console lines. Plain CommonJS: a worker thread has no TypeScript loader.
'use strict';

const CHATTER = /^(Detected \d+ diacritics|Estimating resolution|Warning: Invalid resolution|Empty page|Image too small|Line cannot be recognized|Attempted to set parameters)/;
const quiet = (write) => (...args) => { if (!CHATTER.test(String(args[0]))) write(...args); };
console.log = quiet(console.log.bind(console));
console.info = quiet(console.info.bind(console));
console.warn = quiet(console.warn.bind(console));
console.error = quiet(console.error.bind(console));

require('tesseract.js/src/worker-script/node/index.js');
