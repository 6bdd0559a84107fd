/** `npm run demo`, as a newcomer runs it: offline, exit 0, the Claude story told. */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from '../../__fixtures__/action-runner.js'

describe('npm run demo', () => {
  it('prints the provider-access diagnosis and the gpt-4o fallback, and exits 0', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'script', 'demo.mjs')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
      timeout: 30_000
    })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('category: provider-access')
    expect(result.stdout).toContain('Use now: gpt-4o')
    // Whose account refuses, and who can fix it.
    expect(result.stdout).toContain('The refusal comes from the account AIML itself holds')
    expect(result.stdout).toContain('only AIML can fix it')
    expect(result.stdout).toContain('To: help@aimlapi.com')
    expect(result.stdout).toContain('## ❌ AIML model probe')
    expect(result.stdout).toContain('<!-- aiml-model-probe:anthropic/claude-sonnet-4.5 -->')
    expect(result.stdout).not.toContain('✗')
  })
})
