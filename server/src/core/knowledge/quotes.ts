/**
 * The quote bank (catalog Appendix A) as data: verbatim forum text with its thread, author and authority.
 * Apple DTS text is guidance; a developer's text is a reported symptom or claim and is never rendered as
 * Apple guidance (the attribution line says "reported by a developer").
 */
import data from './data/quotes.json';

export type Authority = 'apple-dts' | 'developer';

export interface Quote {
  /** `Q-D03` (Apple DTS) or `Q-U01` (developer). */
  id: string;
  /** Verbatim text, whitespace as in the catalog. */
  text: string;
  /** Exact forum thread title (seed 003 posts are "untitled post 003-Pnn"). */
  thread: string;
  author: string;
  authority: Authority;
  /** Seed file name the text occurs in. */
  source: string;
  url?: string;
}

export interface GuidanceRecord {
  id: string;
  text: string;
  thread: string;
  author: string;
  authority: Authority;
  source: string;
  url?: string;
}

export const QUOTES_VERSION: string = data.version;
export const QUOTES: readonly Quote[] = data.quotes as Quote[];
const BY_ID = new Map(QUOTES.map((q) => [q.id, q]));

export function getQuote(id: string): Quote | undefined {
  return BY_ID.get(id);
}

/** The attribution line under a rendered quote. */
export function attribution(q: Quote): string {
  return q.authority === 'apple-dts'
    ? `— ${q.author}, Apple DTS, «${q.thread}»`
    : `— reported by a developer in «${q.thread}»`;
}

/** Markdown block quote + attribution line; empty string for an unknown id. */
export function renderQuoteMarkdown(id: string): string {
  const q = BY_ID.get(id);
  if (!q) return '';
  const body = q.text
    .split('\n')
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');
  return `${body}\n>\n> ${attribution(q)}`;
}

/** Quotes for `nelint rules --format json`, in the order given; unknown ids are dropped. */
export function guidanceRecords(ids: readonly string[]): GuidanceRecord[] {
  const out: GuidanceRecord[] = [];
  for (const id of ids) {
    const q = BY_ID.get(id);
    if (!q) continue;
    const rec: GuidanceRecord = {
      id: q.id,
      text: q.text,
      thread: q.thread,
      author: q.author,
      authority: q.authority,
      source: q.source,
    };
    if (q.url) rec.url = q.url;
    out.push(rec);
  }
  return out;
}

/**
 * Escapes what Markdown would otherwise interpret, so the rendered text reads exactly as the verbatim
 * quote (`<key>` would vanish as HTML, `*-systemextension` would start emphasis).
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}
