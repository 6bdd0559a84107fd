import { describe, expect, it } from '@jest/globals'
import { dashboardWanted } from '../../src/settings/dashboard-mode.js'

describe('dashboardWanted', () => {
  it.each([
    ['auto', 'schedule', true],
    ['auto', 'workflow_dispatch', true],
    ['auto', 'push', false],
    ['auto', 'pull_request', false],
    ['auto', undefined, false],
    ['on', 'push', true],
    ['on', undefined, true],
    ['never', 'schedule', false]
  ] as const)('%s on %s: %s', (mode, event, wanted) => {
    expect(dashboardWanted(mode, event)).toBe(wanted)
  })
})
