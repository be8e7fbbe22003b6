/** Outline of a profile by payload: the envelope, then one symbol per payload with its top-level keys. */
import type { PlistDocument } from '../../model/document';
import type { DictNode } from '../../model/plist';
import { getProfileModel } from '../../knowledge/profileModel';

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: 'profile' | 'payload' | 'key';
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children: OutlineSymbol[];
}

function keySymbols(dict: DictNode): OutlineSymbol[] {
  return dict.entries
    .filter((e) => !e.duplicate)
    .map((e) => ({
      name: e.key.text,
      kind: 'key' as const,
      start: e.key.start,
      end: e.value?.end ?? e.key.end,
      selectionStart: e.key.contentStart,
      selectionEnd: e.key.contentEnd,
      children: [],
    }));
}

export function profileOutline(doc: PlistDocument): OutlineSymbol[] {
  const model = getProfileModel(doc);
  const root = model.root;
  const env = model.envelope;
  if (!root || !env) return [];
  const payloads: OutlineSymbol[] = (model.bare ? [] : model.payloads).map((p) => {
    const type = p.type?.value;
    const sel = p.type?.node ?? p.dict.element.open;
    return {
      name: p.displayName?.value || type || `Payload ${p.index + 1}`,
      detail: [type, p.identifier?.value].filter(Boolean).join(' · '),
      kind: 'payload' as const,
      start: p.dict.start,
      end: p.dict.end,
      selectionStart: sel.start,
      selectionEnd: sel.end,
      children: keySymbols(p.dict),
    };
  });
  const envelopeKeys = keySymbols(root).filter((k) => k.name !== 'PayloadContent' || model.bare);
  const sel = env.displayName?.node ?? env.identifier?.node ?? root.element.open;
  return [
    {
      name: env.displayName?.value || env.identifier?.value || 'Profile',
      detail: model.bare ? env.type?.value : env.identifier?.value,
      kind: 'profile',
      start: root.start,
      end: root.end,
      selectionStart: sel.start,
      selectionEnd: sel.end,
      children: [...payloads, ...envelopeKeys],
    },
  ];
}
