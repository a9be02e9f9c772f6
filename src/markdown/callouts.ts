/** The kinds of callout a post can use, and how each is labelled. */
export const CALLOUT_TYPES = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  danger: 'Danger',
} as const;

export type CalloutType = keyof typeof CALLOUT_TYPES;

/** GitHub's alert keywords, mapped to ours (GitHub's IMPORTANT reads as a note, CAUTION as danger). */
const ALERT_KEYWORDS: Record<string, CalloutType> = {
  NOTE: 'note',
  TIP: 'tip',
  IMPORTANT: 'note',
  WARNING: 'warning',
  CAUTION: 'danger',
};

const ALERT_MARKER_RE = /^\[!([A-Z]+)\][ \t]*(?:\n|$)/;

/**
 * Reads a GitHub-style alert marker (`[!NOTE]`) at the start of a blockquote's
 * text. Returns the callout type and the length of the marker to strip, or
 * undefined for an ordinary quote.
 */
export function parseAlertMarker(text: string): { type: CalloutType; length: number } | undefined {
  const match = ALERT_MARKER_RE.exec(text);
  const type = match && ALERT_KEYWORDS[match[1] ?? ''];
  return match && type ? { type, length: match[0].length } : undefined;
}
