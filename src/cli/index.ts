#!/usr/bin/env node
import { createRedactor } from '../engine/read/redact.js'
import { defuseCommands } from '../render/workflow-commands.js'
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
}).catch((error: unknown) => {
  // The last resort says what broke, and like every other line never the key.
  const redact = createRedactor(process.env.AIML_API_KEY ?? '')
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`${defuseCommands(redact(`aiml-model-probe: ${message}`))}\n`)
  return 1
})
