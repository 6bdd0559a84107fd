/**
 * The loopback AIML simulator for a test file: started before its tests, reset before each,
 * closed after. Returns a handle that always speaks to the running simulator.
 */
import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { startAimlSim, type AimlSim, type Scenario } from '../script/aiml-sim.ts'

export type Sim = AimlSim

export function useAimlSim(scenario: Scenario = { models: {} }): Sim {
  let current: Sim | undefined
  beforeAll(async () => {
    current = await startAimlSim(scenario)
  })
  afterAll(async () => {
    await current?.close()
  })
  beforeEach(() => current?.reset())
  return new Proxy({} as Sim, {
    get(_target, key) {
      if (!current) throw new Error('The AIML simulator is used outside a test.')
      const value: unknown = Reflect.get(current, key)
      return typeof value === 'function' ? value.bind(current) : value
    }
  })
}
