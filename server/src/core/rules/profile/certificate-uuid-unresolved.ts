/**
 * N67 · profile/certificate-uuid-unresolved — `PayloadCertificateUUID` (any depth of the network payloads) must
 * name a certificate/identity payload of the same profile. Lookups go through the model's UUID Map.
 */
import type { Rule } from '../types';
import type { PayloadInfo } from '../../knowledge/profileModel';
import { CERTIFICATE_PAYLOAD_TYPES, getProfileModel, payloadAt } from '../../knowledge/profileModel';
import type { SchemaScope } from '../../context/types';
import { payloadSchema } from '../../knowledge/profileSchema';
import { isString } from '../../model/plist';
import { documentDicts } from '../../model/query';
import { hasBuildVariable } from '../../text/buildVariables';
import { replaceContent } from '../fixHelpers';
import { PROFILE_KINDS, valueAnchor } from './support/common';

/** The payloads the rule checks: network-scope payloads (all known payloads with `schemaScope: 'all'`). */
function inScope(payload: PayloadInfo, scope: SchemaScope): boolean {
  const type = payload.type?.value;
  const schema = type ? payloadSchema(type) : undefined;
  return !!schema && (schema.inNetworkScope || scope === 'all');
}

function isCertificate(p: PayloadInfo): boolean {
  return !!p.type && CERTIFICATE_PAYLOAD_TYPES.has(p.type.value);
}

export const rule: Rule = {
  meta: {
    id: 'N67',
    code: 'profile/certificate-uuid-unresolved',
    family: 'profile',
    severity: 'error',
    kinds: PROFILE_KINDS,
    fixable: true,
    description: 'PayloadCertificateUUID must be the PayloadUUID of a certificate payload in the same profile.',
    guidance: [],
  },
  check(ctx) {
    const model = getProfileModel(ctx.doc);
    let certificates: PayloadInfo[] | undefined;
    const certs = () => (certificates ??= model.payloads.filter(isCertificate));
    // One pass over the document's shared dict list (pre-order, so payload by payload as before); the payload
    // is looked up only for the rare dict that has a PayloadCertificateUUID.
    for (const n of documentDicts(ctx.doc)) {
      const v = n.map.get('PayloadCertificateUUID')?.value;
      if (!isString(v)) continue;
      const payload = payloadAt(model, n.start);
      if (!payload || (payload.isRoot && !model.bare) || !inScope(payload, ctx.file.schemaScope)) continue;
      const value = v.text.trim();
      if (!value || hasBuildVariable(value)) continue;
      const targets = (model.byUuid.get(value.toUpperCase()) ?? []).filter((p) => !p.isRoot);
      if (targets.some(isCertificate)) continue;
      const only = certs().length === 1 ? certs()[0].uuid?.value : undefined;
      ctx.report({
        ...valueAnchor(v),
        severity: targets.length ? 'warning' : 'error',
        message: targets.length
          ? `PayloadCertificateUUID "${value}" points to a ${targets[0].type?.value ?? 'non-certificate'} payload, not a certificate payload.`
          : `PayloadCertificateUUID "${value}" does not match any certificate payload in this profile.`,
        related: targets.length ? [{ ...valueAnchor(targets[0].uuid!.node), message: 'The payload it points to' }] : [],
        fixes: only
          ? [{ title: `Use the certificate payload "${only}"`, preferred: true, edits: [replaceContent(v, only)] }]
          : [],
      });
    }
  },
};
