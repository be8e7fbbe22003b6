/**
 * N80 — the file starts like a binary plist or a DER (CMS) structure but cannot be decoded, or a
 * configuration/provisioning profile is none of XML plist, binary plist and CMS (e.g. arbitrary bytes).
 * Reported once at offset 0; nothing else can be checked in such a file.
 */
import { looksLikeXml } from '../../container/loadContainer';
import type { Rule, RuleContext } from '../types';

export const rule: Rule = {
  meta: {
    id: 'N80',
    code: 'plist/unreadable-container',
    family: 'plist',
    severity: 'error',
    kinds: 'all',
    fixable: false,
    description:
      'The file looks like a binary plist or a signed container (or should be a profile) but cannot be read.',
    guidance: ['Q-D13'],
    runsOnMalformed: true,
  },
  check(ctx) {
    const reason = unreadableReason(ctx);
    if (reason === undefined) return;
    ctx.report({ start: 0, end: 0, message: `Cannot read this file as a property list: ${reason}.`, data: { reason } });
  },
};

function unreadableReason(ctx: RuleContext): string | undefined {
  const { doc, file } = ctx;
  if (doc.unreadable) return doc.unreadable.reason;
  if (doc.container !== 'xml' || (file.kind !== 'profile' && file.kind !== 'provisioning-profile')) return undefined;
  if (doc.text.trim() === '') return undefined; // an empty file is the XML rules' finding (no root element)
  if (!looksLikeXml(doc.text)) {
    return 'it is neither an XML property list, a binary property list nor a CMS-signed container';
  }
  return undefined;
}
