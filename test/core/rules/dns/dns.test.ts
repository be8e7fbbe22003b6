/** N54–N57: the dns/ rules (DNS settings payloads, VPN DNS dicts, DNS proxy payloads). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STYLES, found, fixOnly, payload, profile, styled } from '../vpn/kit';

function dns(inner: string): string {
  return profile(
    payload('com.apple.dnsSettings.managed', 1, `<key>DNSSettings</key>\n<dict>\n${inner.trim()}\n</dict>`),
  );
}

test('N54: HTTPS without ServerURL is an error at the DNSProtocol value; TLS without ServerName a warning', () => {
  const https = dns(
    '<key>DNSProtocol</key>\n<string>HTTPS</string>\n<key>ServerAddresses</key>\n<array>\n<string>1.1.1.1</string>\n</array>',
  );
  const d = found(https, 'dns/protocol-key-missing');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, 'HTTPS');
  assert.equal(d[0].d.severity, 'error');
  assert.equal(d[0].d.fixes[0].snippet, true);
  const tls = dns('<key>DNSProtocol</key>\n<string>TLS</string>');
  const t = found(tls, 'dns/protocol-key-missing');
  assert.equal(t.length, 1);
  assert.equal(t[0].d.severity, 'warning');
});

test('N54: the other key is converted (ServerName → ServerURL, ServerURL → host)', () => {
  const https = dns(
    '<key>DNSProtocol</key>\n<string>HTTPS</string>\n<key>ServerName</key>\n<string>dns.example</string>',
  );
  for (const style of STYLES) {
    const out = fixOnly(styled(https, style), 'dns/protocol-key-missing');
    const expected = https.replace(
      '<key>ServerName</key>\n\t\t\t\t<string>dns.example</string>',
      '<key>ServerURL</key>\n\t\t\t\t<string>https://dns.example/dns-query</string>',
    );
    assert.equal(out, styled(expected, style), style.name);
  }
  const tls = dns(
    '<key>DNSProtocol</key>\n<string>TLS</string>\n<key>ServerURL</key>\n<string>https://dns.example:853/x</string>',
  );
  assert.equal(
    fixOnly(tls, 'dns/protocol-key-missing'),
    tls.replace('<key>ServerURL</key>', '<key>ServerName</key>').replace('https://dns.example:853/x', 'dns.example'),
  );
});

test('N54: complete payloads, a missing ServerAddresses and Cleartext VPN DNS pass; the VPN DNS dict is checked', () => {
  assert.equal(
    found(
      dns('<key>DNSProtocol</key>\n<string>TLS</string>\n<key>ServerName</key>\n<string>dns.example</string>'),
      'dns/protocol-key-missing',
    ).length,
    0,
  );
  const vpnDns = (proto: string) =>
    profile(
      payload(
        'com.apple.vpn.managed',
        1,
        `<key>UserDefinedName</key>\n<string>x</string>\n<key>VPNType</key>\n<string>IKEv2</string>\n<key>DNS</key>\n<dict>\n<key>DNSProtocol</key>\n<string>${proto}</string>\n</dict>`,
      ),
    );
  assert.equal(found(vpnDns('Cleartext'), 'dns/protocol-key-missing').length, 0);
  assert.equal(found(vpnDns('HTTPS'), 'dns/protocol-key-missing').length, 1);
});

test('N55: http:// and scheme-less ServerURLs are errors with a fix; https URI templates pass', () => {
  const http = dns(
    '<key>DNSProtocol</key>\n<string>HTTPS</string>\n<key>ServerURL</key>\n<string>http://dns.example/dns-query</string>',
  );
  const d = found(http, 'dns/server-url-not-https');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, 'http://dns.example/dns-query');
  assert.equal(fixOnly(http, 'dns/server-url-not-https'), http.replace('http://dns', 'https://dns'));
  const bare = http.replace('http://dns.example', 'dns.example');
  assert.equal(fixOnly(bare, 'dns/server-url-not-https'), http.replace('http://dns', 'https://dns'));
  const tls = http.replace('http://dns', 'tls://dns');
  assert.equal(found(tls, 'dns/server-url-not-https')[0].d.fixes.length, 0);
  for (const ok of [
    'https://dns.example/dns-query{?dns}',
    'HTTPS://dns.example/q',
    'https://[2001:db8::1]/dns-query',
    '$(DOH_URL)',
  ]) {
    assert.equal(found(http.replace('http://dns.example/dns-query', ok), 'dns/server-url-not-https').length, 0, ok);
  }
  assert.equal(found(http.replace('http://dns.example/dns-query', 'https:///x'), 'dns/server-url-not-https').length, 1);
});

test('N56: ServerName with HTTPS is reported at the key; fixes remove it or change the protocol', () => {
  const text = dns(
    '<key>DNSProtocol</key>\n<string>HTTPS</string>\n<key>ServerURL</key>\n<string>https://dns.example/dns-query</string>\n<key>ServerName</key>\n<string>dns.example</string>',
  );
  const d = found(text, 'dns/protocol-key-mismatch');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, '<key>ServerName</key>');
  assert.equal(d[0].d.severity, 'warning');
  for (const style of STYLES) {
    const out = fixOnly(styled(text, style), 'dns/protocol-key-mismatch');
    assert.equal(
      out,
      styled(text.replace('\n\t\t\t\t<key>ServerName</key>\n\t\t\t\t<string>dns.example</string>', ''), style),
      style.name,
    );
  }
  const changed = fixOnly(text, 'dns/protocol-key-mismatch', {}, (t) => t.includes('DNSProtocol'));
  assert.equal(changed, text.replace('<string>HTTPS</string>', '<string>TLS</string>'));
  const tlsWithUrl = dns(
    '<key>DNSProtocol</key>\n<string>TLS</string>\n<key>ServerName</key>\n<string>d.example</string>\n<key>ServerURL</key>\n<string>https://d.example/q</string>',
  );
  assert.equal(found(tlsWithUrl, 'dns/protocol-key-mismatch')[0].text, '<key>ServerURL</key>');
  assert.equal(
    found(
      dns('<key>DNSProtocol</key>\n<string>TLS</string>\n<key>ServerName</key>\n<string>d.example</string>'),
      'dns/protocol-key-mismatch',
    ).length,
    0,
  );
});

function dnsProxy(app: string, provider: string): string {
  return profile(
    payload(
      'com.apple.dnsProxy.managed',
      1,
      `<key>AppBundleIdentifier</key>\n<string>${app}</string>\n<key>ProviderBundleIdentifier</key>\n<string>${provider}</string>`,
    ),
  );
}

test('N57: the provider equal to the app is a warning at ProviderBundleIdentifier; distinct ids pass', () => {
  const d = found(dnsProxy('com.example.dns', 'com.example.dns'), 'dns/proxy-provider-equals-app');
  assert.equal(d.length, 1);
  assert.equal(d[0].d.severity, 'warning');
  assert.equal(d[0].d.start > 0 && d[0].text, 'com.example.dns');
  assert.equal(d[0].d.fixes.length, 0, 'no project model: no fix');
  assert.equal(
    found(dnsProxy('com.dnshield.app', 'com.dnshield.extension'), 'dns/proxy-provider-equals-app').length,
    0,
  );
  assert.equal(found(dnsProxy('$(APP_ID)', '$(APP_ID)'), 'dns/proxy-provider-equals-app').length, 0);
});
