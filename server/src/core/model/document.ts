import type { PlistNode } from './plist';
import type { XmlDocument } from './xml';
import type { LineIndex } from '../text/lineIndex';

export type FileKind = 'entitlements' | 'info-plist' | 'profile' | 'provisioning-profile' | 'plist';

/** How the file's bytes were stored on disk. */
export type ContainerKind = 'xml' | 'binary' | 'cms';

export interface TextEncodingInfo {
  /** 'utf-8' | 'utf-16le' | 'utf-16be' (others are decoded as utf-8 with a diagnostic). */
  encoding: string;
  bom: boolean;
  /** Line ending style detected in the text, used by quick fixes. */
  eol: '\n' | '\r\n';
}

export interface DecodedContainerInfo {
  container: 'binary' | 'cms';
  /** For CMS: signer subject common name and signing time, when present. */
  signerCommonName?: string;
  signingTime?: string;
  /** For CMS: the format of the embedded content. */
  innerFormat?: 'xml' | 'binary';
}

/** A container that could not be decoded (plist/unreadable-container). */
export interface UnreadableInfo {
  reason: string;
}

export interface PlistDocument {
  /** Path or URI as the caller named it. */
  path: string;
  /**
   * The text rules run on: the file's text (BOM stripped, as an editor shows it) or, for binary/CMS
   * containers, a generated read-only XML rendering of the decoded content.
   */
  text: string;
  version?: number;
  container: ContainerKind;
  encoding: TextEncodingInfo;
  decoded?: DecodedContainerInfo;
  unreadable?: UnreadableInfo;
  xml: XmlDocument;
  /** The root plist value (the `<plist>` child, or a bare root value), or null when none could be built. */
  root: PlistNode | null;
  lineIndex: LineIndex;
}
