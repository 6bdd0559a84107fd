// Builds the committed bundles with ncc: dist/index.js (the action) and dist/cli/index.js (the
// CLI). Each is one ESM file with its dependencies inlined, since the runner does no npm install.
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const targets = [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli']
].filter(([entry]) => existsSync(entry))

rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of targets) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' }
  )
}
