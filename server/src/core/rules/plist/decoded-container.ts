/**
 * N79 — the file is a binary plist or a CMS-signed container: nelint shows (and lints) a decoded, read-only
 * XML rendering. Informational, so the user knows why no quick fix is offered and what editing requires.
 * Not reported for provisioning profiles, which are always CMS-signed.
 */
import type { PlistDocument } from '../../model/document';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'N79',
    code: 'plist/decoded-container',
    family: 'plist',
    severity: 'info',
    kinds: ['profile', 'plist', 'entitlements', 'info-plist'],
    fixable: true,
    description: 'The file is a binary property list or a CMS-signed container, shown decoded and read-only.',
    guidance: [],
    runsOnMalformed: true,
  },
  check(ctx) {
    const decoded = ctx.doc.decoded;
    if (!decoded || ctx.doc.unreadable) return;
    const firstLineEnd = ctx.doc.text.search(/\r?\n|\r|$/);
    ctx.report({
      start: 0,
      end: firstLineEnd,
      message: messageFor(ctx.doc, ctx.file.kind === 'profile'),
      data: {
        container: decoded.container,
        signerCommonName: decoded.signerCommonName,
        signingTime: decoded.signingTime,
        innerFormat: decoded.innerFormat,
      },
      // A command, not an edit: decoded documents never get text edits (§1.13).
      fixes: [
        {
          title: 'Open decoded XML as an untitled document',
          edits: [],
          command: { id: 'nelint.showDecodedContent', arguments: [ctx.doc.path] },
        },
      ],
    });
  },
};

function messageFor(doc: PlistDocument, isProfile: boolean): string {
  const d = doc.decoded!;
  if (d.container === 'binary') {
    return 'Binary property list: shown decoded and read-only; edits require converting to XML.';
  }
  const what = isProfile ? 'Signed configuration profile' : 'Signed property list';
  const facts = [`signer: ${d.signerCommonName ?? 'unknown'}`];
  if (d.signingTime) facts.push(`signed ${d.signingTime}`);
  if (d.innerFormat === 'binary') facts.push('binary content');
  return `${what} (${facts.join(', ')}): shown decoded and read-only; edits require re-signing.`;
}
