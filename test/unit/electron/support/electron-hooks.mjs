// Module-resolve hook: `electron` → fake-electron.mjs. Registered by electron-loader.mjs with
// `node --import`, so the real bundle (out/main/index.mjs) runs unchanged in plain Node.
const FAKE = new URL('./fake-electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: FAKE, shortCircuit: true };
  return next(specifier, context);
}
