// The add-in manifest, checked offline (never `office-addin-manifest validate`: it calls an
// online service). Each checker rule is also shown to reject a broken copy.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkManifest, OFFICE_APP_ORDER } from './manifestCheck';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifestUrls = require('../scripts/manifestUrls.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const icons = require('../scripts/make-icons.js');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST_PATH = path.join(ROOT, 'manifest.xml');
const manifest = fs.readFileSync(MANIFEST_PATH, 'utf8');

/**
 * ManifestInfo from office-addin-manifest's readManifestFile. The library pulls in ESM-only
 * dependencies that Jest 30 cannot require, so it runs in a plain Node child process.
 */
interface LibraryManifestInfo {
  id?: string;
  version?: string;
  displayName?: string;
  defaultLocale?: string;
  officeAppType?: string;
  hosts?: string[];
  permissions?: string;
  defaultSettings?: { sourceLocation?: string };
}

function readWithLibrary(manifestPath: string): LibraryManifestInfo {
  const script = `require('office-addin-manifest/lib/manifestOperations').OfficeAddinManifest
    .readManifestFile(process.argv[1]).then((info) => process.stdout.write(JSON.stringify(info)),
      (err) => { console.error(err.message); process.exit(1); });`;
  const out = execFileSync(process.execPath, ['-e', script, manifestPath], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out);
}

function mutate(from: string | RegExp, to: string): string {
  const out = manifest.replace(from, to);
  if (out === manifest) throw new Error(`mutation did not apply: ${from}`);
  return out;
}

describe('manifest.xml', () => {
  it('passes every check', () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it('reads back through the office-addin-manifest library', () => {
    const info = readWithLibrary(MANIFEST_PATH);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('vi-VN');
    expect(info.displayName).toBe('MTQG 1719 – Kế hoạch vốn');
    expect(info.version).toBe('1.0.0.0');
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });

  it('opens the task pane from a Home-tab button', () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<bt:String id="TaskpaneButton.Label" DefaultValue="Kế hoạch MTQG">/);
    expect(manifest).toMatch(/<FunctionFile resid="Commands.Url"\/>/);
  });

  it('runs "Kiểm tra nhanh" as a function command that commands.ts registers', () => {
    const functions = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(functions).toEqual(['quickCheck']);
    expect(manifest).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>quickCheck<\/FunctionName>/);
    expect(manifest).toMatch(/<bt:String id="QuickCheckButton.Label" DefaultValue="Kiểm tra nhanh">/);
    const commands = fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8');
    expect(commands).toMatch(/associate\('quickCheck'/);
  });

  it('points every dev URL at a file the build serves', () => {
    const urls = manifest.match(/https:\/\/localhost:3000\/[^"<]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    const served: Record<string, string> = {
      'taskpane.html': 'src/taskpane/taskpane.html',
      'commands.html': 'src/commands/commands.html',
    };
    for (const url of urls) {
      const rel = url.slice(manifestUrls.DEV_BASE_URL.length);
      const source = served[rel] ?? rel; // assets/* are copied as-is
      expect({ url, exists: fs.existsSync(path.join(ROOT, source)) }).toEqual({ url, exists: true });
    }
  });
});

describe('checkManifest rejects broken manifests', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['not well-formed', mutate('</Hosts>\n  <Requirements>', '<Requirements>'), /not well-formed/],
    [
      'a removed resource',
      mutate(/\s*<bt:Image id="Icon.80x80"[^>]*\/>/, ''),
      /resid "Icon.80x80" on <Image> is not defined/,
    ],
    [
      'a resid of the wrong kind',
      mutate('<Label resid="MtqgGroup.Label"/>', '<Label resid="TaskpaneButton.Tooltip"/>'),
      /must be in ShortStrings, found in LongStrings/,
    ],
    [
      'swapped element order',
      mutate(
        /(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)\s*(<Permissions>ReadWriteDocument<\/Permissions>)/,
        '$2\n  $1',
      ),
      /element order: <DefaultSettings> must come before <Permissions>/,
    ],
    ['a missing required element', mutate(/\s*<SupportUrl [^>]*\/>/, ''), /missing required element <SupportUrl>/],
    [
      'an http URL',
      mutate('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'),
      /URL must be https/,
    ],
    [
      'an http AppDomain',
      mutate('<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>http://example.org</AppDomain>'),
      /<AppDomain>: URL must be https/,
    ],
    ['another host', mutate('<Host Name="Workbook"/>', '<Host Name="Document"/>'), /Host Name="Workbook"/],
    [
      'read-only permission',
      mutate('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'),
      /ReadWriteDocument/,
    ],
    ['a duplicate resource id', mutate('<bt:Url id="Commands.Url"', '<bt:Url id="Taskpane.Url"'), /defined twice/],
    [
      'a too-long short string',
      mutate('DefaultValue="Kế hoạch MTQG"', `DefaultValue="${'x'.repeat(126)}"`),
      /longer than 125/,
    ],
    ['a bad Id', mutate(/<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>'), /must be a GUID/],
    [
      'a missing icon size',
      mutate(/(<Icon>\s*<bt:Image size="16" resid="Icon.16x16"\/>)\s*<bt:Image size="32" resid="Icon.32x32"\/>/, '$1'),
      /sizes 16\/32\/80/,
    ],
  ];
  it.each(cases)('%s', (_name, xml, expected) => {
    const problems = checkManifest(xml);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  it('knows the full OfficeApp order', () => {
    expect(OFFICE_APP_ORDER.indexOf('Id')).toBeLessThan(OFFICE_APP_ORDER.indexOf('VersionOverrides'));
  });
});

describe('production manifest (same transform as webpack.config.js)', () => {
  const prodBase = 'https://mtqg.example.gov.vn/addin/';
  const prod = manifestUrls.toProductionManifest(manifest, prodBase);

  it('the dev manifest is detected as local (the detector can fail)', () => {
    expect(manifestUrls.findLocalUrls(manifest)).toContain('https://localhost:3000/taskpane.html');
  });

  it('has no localhost URL left and still passes every check', () => {
    expect(manifestUrls.findLocalUrls(prod)).toEqual([]);
    expect(checkManifest(prod)).toEqual([]);
    expect(prod).toContain('<SourceLocation DefaultValue="https://mtqg.example.gov.vn/addin/taskpane.html"/>');
    expect(prod).toContain('<AppDomain>https://mtqg.example.gov.vn</AppDomain>');
  });

  it('is what webpack.config.js writes to dist/manifest.xml in production mode', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require('../webpack.config.js');
    const saved = process.env.ADDIN_PROD_URL;
    process.env.ADDIN_PROD_URL = prodBase;
    try {
      const transformFor = async (mode: string) => {
        const config = await makeConfig({}, { mode });
        const copy = config.plugins.find((p: { patterns?: unknown[] }) => Array.isArray(p.patterns));
        const pattern = copy.patterns.find((p: { from: string }) => p.from === 'manifest.xml');
        return String(await pattern.transform(Buffer.from(manifest), MANIFEST_PATH));
      };
      expect(await transformFor('production')).toBe(prod);
      expect(await transformFor('development')).toBe(manifest);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PROD_URL;
      else process.env.ADDIN_PROD_URL = saved;
    }
  });

  it('normalizes the base URL and refuses non-https ones', () => {
    expect(manifestUrls.normalizeBaseUrl('https://host.vn/path')).toBe('https://host.vn/path/');
    expect(() => manifestUrls.normalizeBaseUrl('http://host.vn/')).toThrow(/https/);
    expect(() => manifestUrls.normalizeBaseUrl('not a url')).toThrow(/not a valid URL/);
    expect(() => manifestUrls.normalizeBaseUrl('https://host.vn/?a=1')).toThrow(/query/);
  });

  it('takes the address from ADDIN_PROD_URL, with a default', () => {
    expect(manifestUrls.productionBaseUrl({})).toBe(manifestUrls.DEFAULT_PROD_BASE_URL);
    expect(manifestUrls.productionBaseUrl({ ADDIN_PROD_URL: 'https://so-tc.gov.vn/mtqg' })).toBe(
      'https://so-tc.gov.vn/mtqg/',
    );
  });
});

describe('icons', () => {
  function pngSize(file: string): [number, number] {
    const buf = fs.readFileSync(path.join(ROOT, 'assets', file));
    expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
    return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
  }

  it.each([16, 32, 64, 80, 128])('icon-%i.png is square at its nominal size', (size) => {
    expect(pngSize(`icon-${size}.png`)).toEqual([size, size]);
  });

  it('committed icons match scripts/make-icons.js output', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'assets', 'icon-32.png'));
    expect(Buffer.compare(icons.renderIcon(32, false), committed)).toBe(0);
    expect(pngSize('logo-filled.png')).toEqual([300, 300]);
  });

  it('the PNG CRC matches the known value for IEND', () => {
    expect(icons.crc32(Buffer.from('IEND', 'ascii'))).toBe(0xae426082);
  });
});

describe('manifest requirements match the Office.js host', () => {
  it('asks Excel for the same ExcelApi version that the host checks at start', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { REQUIRED_SETS } = require('../src/host/excel/requirements');
    const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
    expect(declared).toBe(REQUIRED_SETS.find((s: { name: string }) => s.name === 'ExcelApi').version);
  });
});
