/**
 * What a Mermaid fence says before it is drawn: its accessible title and
 * description (`accTitle:`, `accDescr:` and `accDescr { … }`, which the
 * renderer does not understand and which are removed from what it sees), and
 * the mistakes its lenient parser would let through silently.
 */

export interface DiagramSource {
  /** The diagram without its accessibility lines, for the renderer. */
  body: string;
  title: string | undefined;
  description: string | undefined;
}

export function readDiagramSource(source: string): DiagramSource {
  const kept: string[] = [];
  let title: string | undefined;
  let description: string | undefined;
  let block: string[] | undefined;
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (block) {
      if (trimmed === '}') {
        description = block.join(' ').trim();
        block = undefined;
      } else block.push(trimmed);
      kept.push('');
      continue;
    }
    const single = /^acc(Title|Descr)\s*:\s*(.*)$/.exec(trimmed);
    if (single) {
      if (single[1] === 'Title') title = single[2]?.trim();
      else description = single[2]?.trim();
      kept.push('');
    } else if (/^accDescr\s*\{$/.test(trimmed)) {
      block = [];
      kept.push('');
    } else kept.push(line);
  }
  // Blank lines keep the renderer's line numbers equal to the fence's.
  return {
    body: kept.join('\n'),
    title: title === '' ? undefined : title,
    description: description === '' ? undefined : description,
  };
}

export interface DiagramMistake {
  /** 1-based line within the fence. */
  line: number;
  message: string;
}

const DIAGRAM_TYPES = /^(graph|flowchart|stateDiagram(-v2)?|sequenceDiagram|classDiagram|erDiagram|xychart(-beta)?)\b/;

function unpaired(text: string, open: string, close: string): boolean {
  const unquoted = text.replace(/"[^"]*"/g, '""');
  return unquoted.split(open).length !== unquoted.split(close).length;
}

function lineMistake(line: string, flowchart: boolean): string | undefined {
  // Outside flowcharts, what follows the first colon is free text (a message, a label, a member type).
  const statement = flowchart ? line : (line.split(':')[0] ?? '');
  if (/([-=.]>>?|--[xo)]?|-\)|\.\.|\|>)$/.test(statement.trim()) || /^([-=.]+>|<[-=.|]+)/.test(statement)) {
    return 'an arrow has nothing at one end';
  }
  if (!flowchart) return undefined;
  if ((line.match(/"/g) ?? []).length % 2 === 1) return 'a quotation mark is not closed';
  if (unpaired(line, '[', ']')) return '"[" and "]" do not pair up';
  if (unpaired(line, '(', ')')) return '"(" and ")" do not pair up';
  return undefined;
}

/**
 * Finds what the renderer would draw wrongly or drop without a word: an
 * unknown diagram type, an arrow with nothing at one end, brackets or quotes
 * that do not pair up. Returns the first mistake, or undefined.
 */
export function findDiagramMistake(body: string): DiagramMistake | undefined {
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('%%'));
  if (first === -1) return { line: 1, message: 'the diagram is empty' };
  const header = lines[first]?.trim() ?? '';
  if (!DIAGRAM_TYPES.test(header)) {
    return {
      line: first + 1,
      message: `"${header}" is not a diagram type drawn here; use flowchart, sequenceDiagram, stateDiagram-v2, classDiagram, erDiagram or xychart`,
    };
  }
  const flowchart = /^(graph|flowchart)\b/.test(header);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (index <= first || line === '' || line.startsWith('%%')) continue;
    const mistake = lineMistake(line, flowchart);
    if (mistake) return { line: index + 1, message: `${mistake}: ${line}` };
  }
  if (/^(classDiagram|stateDiagram)/.test(header) && unpaired(body, '{', '}')) {
    return { line: first + 1, message: 'a "{" block is not closed with "}"' };
  }
  return undefined;
}
