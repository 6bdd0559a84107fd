/**
 * The README's fenced ```yaml blocks, each with the line its text starts on, for the tests that
 * parse them and for actionlint.
 */
export interface YamlBlock {
  text: string
  /** 1-based line of the block's first line of YAML in the README. */
  line: number
}

export function yamlBlocks(markdown: string): YamlBlock[] {
  const blocks: YamlBlock[] = []
  const lines = markdown.split('\n')
  let start = -1
  for (const [index, line] of lines.entries()) {
    if (start < 0 && /^```ya?ml\s*$/.test(line)) start = index + 1
    else if (start >= 0 && /^```\s*$/.test(line)) {
      blocks.push({ text: `${lines.slice(start, index).join('\n')}\n`, line: start + 1 })
      start = -1
    }
  }
  return blocks
}
