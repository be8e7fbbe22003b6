/**
 * N76 — `--` inside an XML comment (or a comment ending `--->`). Apple's parser only scans for `-->` and
 * accepts it, strict parsers (plistlib, libxml2, expat) reject the file; semantic rules keep running.
 */
import { DOUBLE_HYPHEN } from '../../parser/issues';
import { removeNode } from '../fixHelpers';
import type { Rule, RuleContext } from '../types';
import { canFix, findingFromIssue, issuesWithCode } from './support';

const MESSAGE =
  '"--" is not allowed inside an XML comment; strict XML parsers (plistlib, libxml2, expat) reject this file, although Apple\'s parser accepts it.';

/** Runs of two or more `-` become `=` of the same length; a trailing `-` becomes `=` too. */
export function sanitizeCommentBody(body: string): string {
  return body.replace(/-{2,}/g, (m) => '='.repeat(m.length)).replace(/-$/, '=');
}

export const rule: Rule = {
  meta: {
    id: 'N76',
    code: DOUBLE_HYPHEN,
    family: 'plist',
    severity: 'warning',
    kinds: 'all',
    fixable: true,
    fixAll: true,
    description: 'An XML comment contains "--", which strict XML parsers reject.',
    guidance: [],
    runsOnMalformed: true,
  },
  check(ctx: RuleContext) {
    const fixable = canFix(ctx);
    const text = ctx.doc.text;
    for (const issue of issuesWithCode(ctx, DOUBLE_HYPHEN)) {
      const bodyStart = issue.start + 4;
      const bodyEnd = issue.end - 3;
      const body = text.slice(bodyStart, bodyEnd);
      const fixes = fixable
        ? [
            {
              title: 'Replace "--" with "==" in this comment',
              preferred: true,
              edits: [{ start: bodyStart, end: bodyEnd, newText: sanitizeCommentBody(body) }],
            },
            { title: 'Delete this comment', edits: [removeNode(ctx.doc, issue)] },
          ]
        : [];
      ctx.report(findingFromIssue(issue, MESSAGE, fixes));
    }
  },
};
