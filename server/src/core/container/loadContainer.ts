/**
 * Loads a binary plist or a CMS-signed container (catalog §1.5) as a read-only `PlistDocument`: decode,
 * render the decoded value as XML (or take the signed XML as is), then run the ordinary XML parser so every
 * rule sees the same tree shape. Failures become a document with `unreadable` set (plist/unreadable-container).
 * Never throws.
 */
import type { DecodedContainerInfo, PlistDocument, TextEncodingInfo } from '../model/document';
import type { SyntaxIssue } from '../model/xml';
import { LineIndex } from '../text/lineIndex';
import { parsePlistText } from '../parser/parsePlist';
import { decodeBytes } from '../parser/decodeText';
import { decodeBinaryPlist, isBinaryPlist } from './bplist';
import { decodeSignedData } from './cms';
import { renderXmlPlist } from './renderXml';

export type SniffedContainer = 'bplist' | 'der' | 'text';

/** `bplist…` → binary plist; a DER/BER SEQUENCE header (`30 80`…`30 83`) → CMS; anything else is text. */
export function sniffContainer(bytes: Uint8Array): SniffedContainer {
  if (bytes.length >= 6 && String.fromCharCode(...bytes.subarray(0, 6)) === 'bplist') return 'bplist';
  if (bytes.length >= 2 && bytes[0] === 0x30 && bytes[1] >= 0x80 && bytes[1] <= 0x83) return 'der';
  return 'text';
}

export function loadContainer(path: string, bytes: Uint8Array): PlistDocument {
  const sniffed = sniffContainer(bytes);
  const container = sniffed === 'bplist' ? 'binary' : 'cms';
  try {
    const decoded = sniffed === 'bplist' ? decodeBinary(bytes) : decodeCms(bytes);
    if ('reason' in decoded) return unreadableDocument(path, container, decoded.reason);
    const doc = parsePlistText(decoded.text, path, decoded.encoding);
    if (decoded.issues?.length) doc.xml.issues.unshift(...decoded.issues);
    doc.container = container;
    doc.decoded = decoded.info;
    return doc;
  } catch (e) {
    // Defensive: the decoders report their own failures; anything else is still "cannot read", not a crash.
    return unreadableDocument(path, container, `internal decoding error (${(e as Error).message})`);
  }
}

type Decoded =
  | { text: string; info: DecodedContainerInfo; encoding?: TextEncodingInfo; issues?: SyntaxIssue[] }
  | { reason: string };

function decodeBinary(bytes: Uint8Array): Decoded {
  if (!isBinaryPlist(bytes)) return { reason: 'unsupported binary property list version (only bplist00 is supported)' };
  const r = decodeBinaryPlist(bytes);
  if (!r.ok) return { reason: r.reason };
  return { text: renderXmlPlist(r.value), info: { container: 'binary' } };
}

function decodeCms(bytes: Uint8Array): Decoded {
  const r = decodeSignedData(bytes);
  if (!r.ok) return { reason: r.reason };
  const { content, signerCommonName, signingTime } = r.value;
  const info: DecodedContainerInfo = { container: 'cms' };
  if (signerCommonName !== undefined) info.signerCommonName = signerCommonName;
  if (signingTime) info.signingTime = signingTime.toISOString();
  if (isBinaryPlist(content)) {
    const inner = decodeBinaryPlist(content);
    if (!inner.ok) return { reason: `the signed content is not a readable property list: ${inner.reason}` };
    return { text: renderXmlPlist(inner.value), info: { ...info, innerFormat: 'binary' } };
  }
  // The signed XML keeps its own formatting; decoded like an XML file (BOM, UTF-16, encoding=).
  const text = decodeBytes(content);
  if (!looksLikeXml(text.text)) return { reason: 'the signed content is not a property list (neither XML nor binary)' };
  return { text: text.text, encoding: text.encoding, issues: text.issues, info: { ...info, innerFormat: 'xml' } };
}

/**
 * True when decoded text can be an XML property list: its first non-blank character is `<` and it has no
 * NUL (binary garbage decoded as text). Used for CMS content and, by plist/unreadable-container, for
 * `.mobileconfig`/provisioning files that are none of XML, binary plist or CMS.
 */
export function looksLikeXml(text: string): boolean {
  const first = text.search(/\S/);
  return first >= 0 && text.charCodeAt(first) === 0x3c /* < */ && !text.includes('\u0000');
}

export function unreadableDocument(path: string, container: 'binary' | 'cms', reason: string): PlistDocument {
  return {
    path,
    text: '',
    container,
    encoding: { encoding: 'utf-8', bom: false, eol: '\n' },
    unreadable: { reason },
    xml: { children: [], root: null, comments: [], issues: [] },
    root: null,
    lineIndex: new LineIndex(''),
  };
}
