// Builds the committed bundles with ncc: dist/index.js (the action), dist/cli/index.js (the
// CLI) and dist/lib/index.js (what `import('aiml-model-probe')` gives: the engine, which runs
// nothing on import). Each is one ESM file with its dependencies inlined, since the runner does
// no npm install and the packed package installs with no dependency to fetch. The library's
// types go to dist/types/ (tsc, declarations only).
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const tsc = 'node_modules/typescript/bin/tsc'
const targets = [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
  ['src/lib.ts', 'dist/lib']
].filter(([entry]) => existsSync(entry))

rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of targets) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' }
  )
}
if (existsSync('src/lib.ts')) {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.lib.json'], { stdio: 'inherit' })
}
