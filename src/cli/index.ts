#!/usr/bin/env node
import { defuseCommands } from '../render/workflow-commands.js'
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
}).catch((error: unknown) => {
  process.stderr.write(
    defuseCommands(`aiml-model-probe: ${error instanceof Error ? error.message : String(error)}\n`)
  )
  return 1
})
