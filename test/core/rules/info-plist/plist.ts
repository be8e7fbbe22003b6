/** Builds small Info.plist texts for the info-plist rule tests (tab-indented, LF unless told otherwise). */
export function infoPlist(body: string, eol = '\n'): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    ...body
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => `\t${l}`),
    '</dict>',
    '</plist>',
    '',
  ];
  return lines.join(eol);
}

export const COMPLETE = [
  '<key>CFBundleIdentifier</key>',
  '<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>',
  '<key>CFBundleExecutable</key>',
  '<string>$(EXECUTABLE_NAME)</string>',
].join('\n');

export const NE_DICT = [
  '<key>NetworkExtension</key>',
  '<dict>',
  '\t<key>NEProviderClasses</key>',
  '\t<dict>',
  '\t\t<key>com.apple.networkextension.filter-data</key>',
  '\t\t<string>$(PRODUCT_MODULE_NAME).FilterDataProvider</string>',
  '\t</dict>',
  '</dict>',
].join('\n');
