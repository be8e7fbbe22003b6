/**
 * A single-payload view of a configuration profile: the same text, the same nodes and offsets, but a root whose
 * `PayloadContent` holds only one payload. Payload-local rules (`meta.scope === 'payload'`) run on it to
 * re-check the one payload an edit touched; their findings elsewhere are reused (engine/incremental.ts).
 */
import type { PlistDocument } from '../model/document';
import type { ArrayNode, DictEntry, DictNode } from '../model/plist';
import type { PayloadInfo, ProfileModel } from '../knowledge/profileModel';
import { setProfileModel } from '../knowledge/profileModel';
import { copyNode } from '../parser/plistNodes';

/** The view, or undefined when the profile has no `PayloadContent` array to narrow (a bare payload). */
export function payloadView(doc: PlistDocument, model: ProfileModel, payload: PayloadInfo): PlistDocument | undefined {
  const root = model.root;
  const content = model.payloadContent;
  const contentEntry = root?.map.get('PayloadContent');
  if (!root || !content || !contentEntry || contentEntry.value !== content || model.bare || !model.envelope) {
    return undefined;
  }
  // Shallow copies only: the payload's subtree is shared with the full document (same node objects).
  const viewContent: ArrayNode = copyNode(content, { items: [payload.dict] });
  const viewEntry: DictEntry = { ...contentEntry, value: viewContent };
  const viewRoot: DictNode = copyNode(root, {
    entries: root.entries.map((e) => (e === contentEntry ? viewEntry : e)),
    map: new Map(root.map).set('PayloadContent', viewEntry),
  });
  const view: PlistDocument = { ...doc, root: viewRoot };
  const byType = new Map<string, PayloadInfo[]>();
  if (payload.type) byType.set(payload.type.value, [payload]);
  setProfileModel(view, {
    ...model,
    root: viewRoot,
    envelope: { ...model.envelope, dict: viewRoot },
    payloadContent: viewContent,
    payloads: [payload],
    byType,
  });
  return view;
}
