/** Codes and a bounded collector for parser issues (random bytes must not produce millions of issues). */
import type { SyntaxIssue } from '../model/xml';

export const NOT_WELL_FORMED = 'plist/xml-not-well-formed';
export const DOUBLE_HYPHEN = 'plist/double-hyphen-in-comment';
export const CONTENT_BEFORE_DECLARATION = 'plist/content-before-xml-declaration';
export const INVALID_STRUCTURE = 'plist/invalid-structure';

/** Per-code cap; one extra issue says that more were dropped. */
export const MAX_ISSUES_PER_CODE = 200;

export class IssueSink {
  readonly issues: SyntaxIssue[] = [];
  private readonly counts = new Map<string, number>();

  add(issue: SyntaxIssue): void {
    const n = (this.counts.get(issue.code) ?? 0) + 1;
    this.counts.set(issue.code, n);
    if (n <= MAX_ISSUES_PER_CODE) this.issues.push(issue);
    else if (n === MAX_ISSUES_PER_CODE + 1) {
      this.issues.push({
        code: issue.code,
        start: issue.start,
        end: issue.end,
        message: `too many problems of this kind; only the first ${MAX_ISSUES_PER_CODE} are reported`,
        data: { kind: 'too-many' },
      });
    }
  }
}
