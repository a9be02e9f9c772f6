/**
 * What an import did, in the words an author needs to check it: what came
 * over, what did not and why, and what they should look at by hand.
 */
export interface ImportReport {
  imported: string[];
  unchanged: string[];
  skipped: { file: string; reason: string }[];
  /** Field name → how many posts had it and lost it. */
  droppedFields: Map<string, number>;
  /** Posts whose description was written from their first paragraph. */
  describedFromBody: string[];
  templateCodeLeft: { file: string; code: string }[];
  templateCodeConverted: number;
  /** Formulas written for MathJax or KaTeX in the browser (`\\(…\\)`), now in our `$…$`. */
  mathConverted: number;
  oldUrlsMapped: number;
  linksRewritten: number;
  /** Links to pages of the old site that are not posts, now absolute to the old origin. */
  linksToOldSite: { file: string; url: string }[];
  /** Links to the old site that could not be resolved at all. */
  linksUnresolved: { file: string; url: string }[];
  filesCopied: number;
  notes: string[];
}

export function emptyReport(): ImportReport {
  return {
    imported: [],
    unchanged: [],
    skipped: [],
    droppedFields: new Map(),
    describedFromBody: [],
    templateCodeLeft: [],
    templateCodeConverted: 0,
    mathConverted: 0,
    oldUrlsMapped: 0,
    linksRewritten: 0,
    linksToOldSite: [],
    linksUnresolved: [],
    filesCopied: 0,
    notes: [],
  };
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', `${title}:`, ...lines.map((line) => `  ${line}`)];
}

/** The report as printed at the end of `npm run import`. */
export function formatReport(report: ImportReport): string {
  const dropped = [...report.droppedFields].sort(([a], [b]) => a.localeCompare(b));
  return [
    `Imported ${report.imported.length} posts${report.unchanged.length ? `, ${report.unchanged.length} already imported and unchanged` : ''}; skipped ${report.skipped.length}.`,
    `Old URLs kept as aliases: ${report.oldUrlsMapped}. Links rewritten: ${report.linksRewritten}. Template code converted: ${report.templateCodeConverted}. Files copied: ${report.filesCopied}.`,
    ...(report.mathConverted > 0
      ? [`Formulas written for MathJax or KaTeX now set at build time: ${report.mathConverted}.`]
      : []),
    ...section(
      'Skipped',
      report.skipped.map(({ file, reason }) => `${file}: ${reason}`),
    ),
    ...section(
      'Fields dropped (our posts have no such field)',
      dropped.map(([field, count]) => `${field} (${count} post${count === 1 ? '' : 's'})`),
    ),
    ...section('Description written from the first paragraph (check it reads well)', report.describedFromBody),
    ...section(
      'Template code left in the post as it was (edit by hand)',
      report.templateCodeLeft.map(({ file, code }) => `${file}: ${code}`),
    ),
    ...section(
      'Links to pages of the old site that are not posts (now absolute to the old site)',
      report.linksToOldSite.map(({ file, url }) => `${file}: ${url}`),
    ),
    ...section(
      'Links to the old site that lead nowhere known (left as they were)',
      report.linksUnresolved.map(({ file, url }) => `${file}: ${url}`),
    ),
    ...section('Notes', report.notes),
  ].join('\n');
}
