/**
 * What the demo prints: the summaries, comments and issues a story's servers answered with, so
 * server text; a demo run in a `run:` step must not hand the runner a command (see
 * src/render/workflow-commands.ts). Every line the demo writes goes through here.
 */
import { defuseCommands } from '../src/render/workflow-commands.ts'

export function say(text: string): void {
  process.stdout.write(defuseCommands(text))
}

export function sayError(text: string): void {
  process.stderr.write(defuseCommands(text))
}
