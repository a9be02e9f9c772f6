/**
 * The text a reader means to copy from a code block's lines: for a diff, the
 * new version (removed lines dropped, the +/space markers stripped).
 */
export function copyableText(lines: readonly string[], isDiff: boolean): string {
  if (!isDiff) return lines.join('\n');
  return lines
    .filter((line) => !line.startsWith('-'))
    .map((line) => (line.startsWith('+') || line.startsWith(' ') ? line.slice(1) : line))
    .join('\n');
}
