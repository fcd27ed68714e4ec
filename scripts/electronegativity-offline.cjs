// Preloaded into Electronegativity by scripts/lint-electron.mjs: its only network use is fetching
// updated translations with `got` (and, in a check we exclude, Electron's release list). Answer
// those at once with a failure, so the scan is offline by construction and never waits on a timeout.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: Inyeon lints without the network'));
    return Object.assign(offline, { get: offline, default: offline });
  }
  return load.call(this, request, parent, isMain);
};
