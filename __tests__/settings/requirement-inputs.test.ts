import { describe, expect, it } from '@jest/globals'
import { parseSettings } from '../../src/settings/settings.js'

const KEY = 'sk-aiml-0123456789abcdef'

describe('require, max-latency-ms, max-ttft-ms', () => {
  it('gives every chat model what `require` names, in a fixed order', () => {
    const settings = parseSettings({ 'api-key': KEY, require: 'Vision, tools\nstream' })
    expect(settings.models[0]?.require).toEqual(['tools', 'stream', 'vision'])
  })

  it('refuses an unknown name with the list, before anything is sent', () => {
    expect(() => parseSettings({ 'api-key': KEY, require: 'tools, audio' })).toThrow(
      "Input 'require' has unknown capability 'audio' (valid names: tools, json, stream, vision)."
    )
  })

  it('reads +NAME tokens of one line and adds `require` to chat models only', () => {
    const settings = parseSettings({
      'api-key': KEY,
      models: 'gpt-4o +json -> gpt-4.1\nimage:flux/schnell\nclaude-3 +Tools',
      require: 'stream'
    })
    expect(settings.models.map(m => [m.id, m.require])).toEqual([
      ['gpt-4o', ['json', 'stream']],
      ['flux/schnell', undefined],
      ['claude-3', ['tools', 'stream']]
    ])
  })

  it('refuses requirements of a model that is not chat, naming it', () => {
    expect(() => parseSettings({ 'api-key': KEY, models: 'image:flux/schnell +vision' })).toThrow(
      "asks +vision of 'flux/schnell' on line 1, a image model: requirements are for chat models only."
    )
    expect(() => parseSettings({ 'api-key': KEY, models: 'gpt-4o +audio' })).toThrow(
      "has unknown requirement '+audio' (valid: +tools, +json, +stream, +vision) on line 1."
    )
  })

  it('reads the speed limits; max-ttft-ms implies stream', () => {
    const settings = parseSettings({
      'api-key': KEY,
      'max-latency-ms': '1500',
      'max-ttft-ms': '800'
    })
    expect(settings.maxLatencyMs).toBe(1500)
    expect(settings.maxTtftMs).toBe(800)
    expect(settings.models[0]?.require).toEqual(['stream'])
    expect(() => parseSettings({ 'api-key': KEY, 'max-latency-ms': '1.5s' })).toThrow(
      "Input 'max-latency-ms' must be a whole number of milliseconds from 0 (off) to 600000; got '1.5s'."
    )
  })
})
