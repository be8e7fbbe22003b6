/**
 * One hover layout for every domain (catalog §3): the problem under the cursor first, then what the node
 * is, its type/platforms, the allowed values in this file's context, the quotes (Apple DTS guidance vs.
 * developer reports, attributed), Background facts (labelled, with their source) and links to the rules.
 */
import type { Diagnostic } from '../engine/types';
import { DEFAULT_DOCS_BASE_URL, ruleHref } from '../engine/docs';
import { renderQuoteMarkdown } from '../knowledge/quotes';
import type { BackgroundFact } from '../knowledge/background';

export interface HoverContent {
  /** Heading, e.g. the key or the value (rendered as code). */
  title?: string;
  /** Diagnostics at the hovered node: explained first. */
  problems?: readonly Pick<Diagnostic, 'code' | 'severity' | 'message'>[];
  /** What the node is, in nelint's words (Markdown). */
  description?: string;
  /** Short facts such as "Type: array of strings" (one bullet each, Markdown). */
  facts?: readonly string[];
  /** Allowed values in this context (rendered as code), with a short label like "for macOS, Developer ID". */
  allowedValues?: { label?: string; values: readonly string[] };
  /** Quote-bank ids in display order. */
  quotes?: readonly string[];
  background?: readonly (BackgroundFact | string)[];
  /** Rule codes (`entitlements/wrong-value-type`) linked at the end. */
  rules?: readonly string[];
  /** Apple documentation link. */
  docsUrl?: string;
  docsBaseUrl?: string;
}

const SEVERITY_LABEL: Record<string, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  hint: 'Hint',
};

const code = (s: string) => `\`${s.replace(/`/g, 'ˋ')}\``;

export function formatHover(c: HoverContent): string {
  const parts: string[] = [];
  for (const p of c.problems ?? []) {
    parts.push(`**${SEVERITY_LABEL[p.severity] ?? p.severity}** (${code(p.code)}): ${p.message}`);
  }
  if (c.problems?.length) parts.push('---');
  if (c.title) parts.push(`**${code(c.title)}**`);
  if (c.description) parts.push(c.description);
  if (c.facts?.length) parts.push(c.facts.map((f) => `- ${f}`).join('\n'));
  if (c.allowedValues && c.allowedValues.values.length) {
    const label = c.allowedValues.label ? ` ${c.allowedValues.label}` : '';
    parts.push(`Allowed values${label}: ${c.allowedValues.values.map(code).join(', ')}`);
  }
  for (const id of c.quotes ?? []) {
    const md = renderQuoteMarkdown(id);
    if (md) parts.push(md);
  }
  for (const b of c.background ?? []) {
    parts.push(typeof b === 'string' ? `*Background:* ${b}` : `*Background* (${b.source}): ${b.text}`);
  }
  const links: string[] = [];
  if (c.docsUrl) links.push(`[Apple documentation](${c.docsUrl})`);
  const base = c.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
  for (const r of c.rules ?? []) links.push(`[${r}](${ruleHref(base, r)})`);
  if (links.length) parts.push(links.join(' · '));
  return parts.join('\n\n');
}
