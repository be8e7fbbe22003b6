/**
 * N77 — something (usually a blank line) before `<?xml`. Apple's parser skips leading whitespace, strict
 * XML parsers reject the file; semantic rules keep running.
 */
import { CONTENT_BEFORE_DECLARATION } from '../../parser/issues';
import type { Rule, RuleContext } from '../types';
import { canFix, findingFromIssue, issuesWithCode } from './support';

const MESSAGE =
  "The XML declaration must be the first thing in the file; strict XML parsers reject it, although Apple's parser skips leading whitespace.";

export const rule: Rule = {
  meta: {
    id: 'N77',
    code: CONTENT_BEFORE_DECLARATION,
    family: 'plist',
    severity: 'warning',
    kinds: 'all',
    fixable: true,
    description: 'Characters (e.g. a blank line) come before the <?xml …?> declaration.',
    guidance: [],
    runsOnMalformed: true,
  },
  check(ctx: RuleContext) {
    const fixable = canFix(ctx);
    for (const issue of issuesWithCode(ctx, CONTENT_BEFORE_DECLARATION)) {
      const fixes = fixable
        ? [
            {
              title: 'Delete everything before <?xml',
              preferred: true,
              edits: [{ start: issue.start, end: issue.end, newText: '' }],
            },
          ]
        : [];
      ctx.report(findingFromIssue(issue, MESSAGE, fixes));
    }
  },
};
