/** Builds small entitlements files for the rule tests (tab-indented by default; CRLF and 2-space on request). */
export interface EntOptions {
  directive?: string;
  eol?: '\n' | '\r\n';
  indent?: string;
}

export function ent(entries: string | string[], o: EntOptions = {}): string {
  const eol = o.eol ?? '\n';
  const unit = o.indent ?? '\t';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...(o.directive ? [`<!-- nelint: ${o.directive} -->`] : []),
    '<dict>',
    ...[entries]
      .flat()
      .flatMap((e) => e.split('\n'))
      .map((l) => l.replace(/^(\t*)/, (m) => unit.repeat(m.length + 1))),
    '</dict>',
    '</plist>',
    '',
  ];
  return lines.join(eol);
}

export const NE = 'com.apple.developer.networking.networkextension';

/** `<key>NE</key>` + a multi-line array of the given values. */
export function neArray(...values: string[]): string {
  return [`<key>${NE}</key>`, '<array>', ...values.map((v) => `\t<string>${v}</string>`), '</array>'].join('\n');
}
