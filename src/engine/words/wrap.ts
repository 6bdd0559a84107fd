/**
 * Plain text wrapped at a width, by words, for text shown in a code block (which does not wrap)
 * and pasted into an e-mail. A word longer than the width stays whole. Pure.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap(line => wrapLine(line, width))
    .join('\n')
}

function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line]
  const lines: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  if (current) lines.push(current)
  return lines
}
