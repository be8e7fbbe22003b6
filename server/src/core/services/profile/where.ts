/**
 * Where an offset is in a profile, relative to its payload: the payload (or the envelope), the payload type the
 * schema is looked up with (`'TopLevel'` for the root), and the key path inside the payload dict.
 */
import type { PlistDocument } from '../../model/document';
import type { PathSegment } from '../../model/query';
import type { PayloadInfo, ProfileModel } from '../../knowledge/profileModel';
import { getProfileModel } from '../../knowledge/profileModel';
import type { KeySpec, ResolvedKey } from '../../knowledge/profileSchema';
import { commonPayloadDict, lookupKey, resolveKeyPath } from '../../knowledge/profileSchema';

export interface ProfileWhere {
  model: ProfileModel;
  payload?: PayloadInfo;
  /** `'TopLevel'`, a payload type, or `''` when the payload has no literal type. */
  payloadType: string;
  /** Path relative to the payload dict (or the root dict). */
  inner: PathSegment[];
}

export function profileWhere(doc: PlistDocument, path: readonly PathSegment[]): ProfileWhere {
  const model = getProfileModel(doc);
  if (model.bare && model.envelope) {
    return { model, payload: model.envelope, payloadType: model.envelope.type?.value ?? '', inner: [...path] };
  }
  if (path[0] === 'PayloadContent' && typeof path[1] === 'number') {
    const index = path[1];
    const payload = model.payloads.find((p) => p.index === index);
    const type = payload?.type && !payload.type.variable ? payload.type.value : '';
    return { model, payload, payloadType: type, inner: path.slice(2) };
  }
  return { model, payload: model.envelope ?? undefined, payloadType: 'TopLevel', inner: [...path] };
}

/** The schema entry for a path in a payload; `Payload*` keys of unknown payload types come from the common keys. */
export function specAt(
  where: Pick<ProfileWhere, 'payloadType'>,
  inner: readonly PathSegment[],
): ResolvedKey | undefined {
  const found = resolveKeyPath(where.payloadType, inner);
  if (found) return found;
  if (where.payloadType !== 'TopLevel' && inner.length === 1 && typeof inner[0] === 'string') {
    const spec: KeySpec | undefined = lookupKey(commonPayloadDict(), inner[0]);
    if (spec) return { spec, supportedOS: spec.supportedOS ?? {} };
  }
  return undefined;
}

/** Key names of a path (array indices dropped), e.g. `['VPN', 'OnDemandRules', 'Action']`. */
export function keyNames(inner: readonly PathSegment[]): string[] {
  return inner.filter((s): s is string => typeof s === 'string');
}
