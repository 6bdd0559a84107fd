/**
 * The one way the action writes to its step's log: every line redacted (the key never shows)
 * and defused (render/workflow-commands.ts: no server's words run as a workflow command). Our
 * own commands are the only ones left: `::error::`/`::warning::` that @actions/core writes
 * around a message defused here, and `::add-mask::`.
 */
import * as core from '@actions/core'
import type { Redactor } from '../engine/read/redact.js'
import { defuseCommands } from '../render/workflow-commands.js'

export interface StepLog {
  info(text: string): void
  warning(text: string): void
  error(text: string): void
  /** An error annotation, and the step fails. */
  fail(text: string): void
}

export function stepLog(redact: Redactor): StepLog {
  const safe = (text: string) => defuseCommands(redact(text))
  return {
    info: text => core.info(safe(text)),
    warning: text => core.warning(safe(text)),
    error: text => core.error(safe(text)),
    fail: text => core.setFailed(safe(text))
  }
}
