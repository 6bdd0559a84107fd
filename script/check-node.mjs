// Runs before `npm test`, `npm run demo` and `npm run bench`, in plain JavaScript so that an
// older Node can read it: one clear sentence instead of a syntax error from a `.ts` script or a
// test that fails for no visible reason. (`npm ci` is stopped earlier by `.npmrc`'s
// engine-strict and package.json's `engines`.)
const needed = 24
const major = Number(process.versions.node.split('.')[0])
if (major < needed) {
  process.stderr.write(
    `aiml-model-probe needs Node ${needed} or newer; this is Node ${process.version}.\n` +
      `Actions runs the bundle on Node ${needed} (runs.using: node24), and the simulator and the ` +
      `demo are TypeScript that Node ${needed} runs directly.\n` +
      `Switch with 'nvm use' or 'fnm use' (.node-version says ${needed}), or put Node ${needed} first in PATH.\n`
  )
  process.exit(1)
}
