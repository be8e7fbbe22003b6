/**
 * `nelint print --format xml`: the XML text rules run on — the file's own text for XML files, the decoded
 * rendering for binary plists and CMS containers (empty for an unreadable container).
 */
import type { PlistDocument } from '../model/document';

export function documentToXml(doc: PlistDocument): string {
  return doc.text;
}
