/** Shared plumbing of the `plist/` rules: parser issues → findings, fix availability. */
import type { SyntaxIssue } from '../../model/xml';
import type { Finding, Fix, RuleContext } from '../types';

/** Fixes are never offered on decoded (binary/CMS) documents (catalog §1.13). */
export function canFix(ctx: RuleContext): boolean {
  return ctx.doc.container === 'xml' && !ctx.doc.decoded;
}

export function issuesWithCode(ctx: RuleContext, code: string): SyntaxIssue[] {
  return ctx.doc.xml.issues.filter((i) => i.code === code);
}

/** A finding at the issue's range, carrying its severity, related locations and data. */
export function findingFromIssue(issue: SyntaxIssue, message: string, fixes: Fix[]): Finding {
  const finding: Finding = { start: issue.start, end: issue.end, message, fixes };
  if (issue.severity) finding.severity = issue.severity;
  if (issue.data) finding.data = issue.data;
  if (issue.related?.length) finding.related = issue.related.map((r) => ({ ...r }));
  return finding;
}

/** Upper-cases the first letter (parser messages are written lower-case to be embedded). */
export function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
