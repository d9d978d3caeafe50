// Offline check of electron-builder.yml: packaging itself needs the internet (Electron zip, NSIS), so here
// the config is loaded and schema-validated by electron-builder's own code (app-builder-lib), and the
// settings that matter are asserted — including which better-sqlite3 files each target would really pack,
// by running electron-builder's file matchers over the installed package.
// Run: node tests/builder/check-config.ts (Node 24). Prints "builder config: N checks passed" or exits 1.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as fileMatcherModule from 'app-builder-lib/out/fileMatcher.js';
import type { Configuration, PlatformSpecificBuildOptions } from 'app-builder-lib';
import { LangConfigurator } from 'app-builder-lib/out/targets/nsis/nsisLang.js';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { langIdToName, lcid } from 'app-builder-lib/out/util/langs.js';
import { expandMacro } from 'app-builder-lib/out/util/macroExpander.js';
import { DebugLogger } from 'builder-util';
import { Minimatch } from 'minimatch';

const projectDir = resolve(import.meta.dirname, '..', '..');
const failures: string[] = [];
let passed = 0;

function check(name: string, ok: boolean, detail = ''): void {
  if (ok) passed++;
  else failures.push(detail ? `${name}: ${detail}` : name);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

interface FakeStats {
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  moduleFullFilePath?: string;
}
type FilterFn = (file: string, stat: FakeStats) => boolean;
interface MatcherLike {
  from: string;
  patterns: string[];
  macroExpander: (pattern: string) => string;
  createFilter(): FilterFn;
}
// Internal to app-builder-lib (no typings), but it is exactly what packaging uses for node_modules.
const internals = fileMatcherModule as unknown as {
  FileMatcher: new (from: string, to: string, expand: (p: string) => string, patterns?: string[]) => MatcherLike;
  getNodeModuleFileMatcher: (
    appDir: string,
    destination: string,
    expand: (p: string) => string,
    platformOptions: PlatformSpecificBuildOptions,
    packager: { config: Configuration; debugLogger: DebugLogger },
  ) => MatcherLike;
  getMainFileMatchers: (
    appDir: string,
    destination: string,
    expand: (p: string) => string,
    platformOptions: PlatformSpecificBuildOptions,
    platformPackager: { info: Record<string, unknown> },
    outDir: string,
    isElectronCompile: boolean,
  ) => MatcherLike[];
};

function fileStat(path: string, moduleFullFilePath?: string): FakeStats {
  let directory = false;
  try {
    directory = statSync(path).isDirectory();
  } catch {
    directory = false;
  }
  return { isDirectory: () => directory, isSymbolicLink: () => false, moduleFullFilePath };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/** Macro expansion as electron-builder does it for one platform and architecture. */
function expander(os: 'win' | 'linux', arch: string): (pattern: string) => string {
  const appInfo = { productName: 'TĐKT', sanitizedProductName: 'TĐKT' } as unknown as Parameters<typeof expandMacro>[2];
  return (pattern) => expandMacro(pattern, arch, appInfo, { os, '/*': '{,/**/*}' });
}

/** The files of one installed package (relative to its folder) the node_modules copier would pack. */
function packedModuleFiles(config: Configuration, os: 'win' | 'linux', arch: string, name: string): string[] {
  const platformOptions = (config[os] ?? {}) as PlatformSpecificBuildOptions;
  const expand = expander(os, arch);
  const base = internals.getNodeModuleFileMatcher(projectDir, '/app', expand, platformOptions, {
    config,
    debugLogger: new DebugLogger(false),
  });
  const moduleDir = join(projectDir, 'node_modules', name);
  // computeNodeModuleFileSets re-roots the matcher at the module and matches "node_modules/<name>/…".
  const filter = new internals.FileMatcher(moduleDir, `/app/node_modules/${name}`, base.macroExpander, base.patterns).createFilter();
  return walk(moduleDir)
    .map((file) => relative(moduleDir, file).split('\\').join('/'))
    .filter((rel) => filter(join(moduleDir, rel), fileStat(join(moduleDir, rel), `node_modules/${name}/${rel}`)));
}

/** Whether any of the app-file matchers packaging uses would pack a project-relative path. */
function packsAppFile(config: Configuration, os: 'win' | 'linux', rel: string): boolean {
  const info = {
    isPrepackedAppAsar: false,
    config,
    projectDir,
    buildResourcesDir: join(projectDir, 'build'),
    debugLogger: new DebugLogger(false),
  };
  const platformOptions = (config[os] ?? {}) as PlatformSpecificBuildOptions;
  const matchers = internals.getMainFileMatchers(projectDir, '/app', expander(os, 'x64'), platformOptions, { info }, join(projectDir, 'release'), false);
  const file = join(projectDir, rel);
  return matchers.some((matcher) => {
    const inside = relative(matcher.from, file);
    if (inside.startsWith('..')) return false;
    return matcher.createFilter()(file, { isDirectory: () => false, isSymbolicLink: () => false });
  });
}

function targetNames(options: PlatformSpecificBuildOptions | null | undefined): string[] {
  const target = (options as { target?: unknown } | null | undefined)?.target;
  const list = Array.isArray(target) ? target : target == null ? [] : [target];
  return list.map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

function pngSize(buffer: Buffer): { width: number; height: number } | null {
  if (buffer.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Sizes in an .ico directory (0 in the byte means 256). */
function icoSizes(buffer: Buffer): number[] {
  if (buffer.readUInt16LE(0) !== 0 || buffer.readUInt16LE(2) !== 1) return [];
  const count = buffer.readUInt16LE(4);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) sizes.push(buffer[6 + 16 * i] || 256);
  return sizes;
}

async function main(): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const config = await getConfig(projectDir, join(projectDir, 'electron-builder.yml'), null);
  try {
    await validateConfiguration(config, new DebugLogger(false));
    check('schema', true);
  } catch (error) {
    check('schema', false, (error as Error).message);
  }

  check('appId', config.appId === 'vn.tdkt.app', String(config.appId));
  check('productName', config.productName === 'TĐKT', String(config.productName));
  check('npmRebuild is false', config.npmRebuild === false);
  check('buildDependenciesFromSource is false', config.buildDependenciesFromSource !== true);
  check('asar is on', config.asar === true);

  const unpack = ([] as string[]).concat(config.asarUnpack ?? []);
  for (const prebuild of ['win32-x64', 'linux-x64']) {
    const path = `node_modules/better-sqlite3/prebuilds/${prebuild}.node`;
    check(`asarUnpack covers ${prebuild}.node`, unpack.some((p) => new Minimatch(p, { dot: true }).match(path)));
  }

  const fuses = config.electronFuses ?? null;
  const wantedFuses: Record<string, boolean> = {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  };
  for (const [fuse, value] of Object.entries(wantedFuses)) {
    const actual = fuses ? (fuses as Record<string, unknown>)[fuse] : undefined;
    check(`fuse ${fuse} = ${value}`, actual === value, `is ${String(actual)}`);
  }

  // Windows: a per-user NSIS installer that never asks for elevation, in Vietnamese.
  check('win target is nsis', same(targetNames(config.win), ['nsis']), targetNames(config.win).join(','));
  const nsis = config.nsis ?? {};
  check('nsis perMachine is false', nsis.perMachine === false);
  check('nsis allowElevation is false', nsis.allowElevation === false);
  check('nsis oneClick is set explicitly', typeof nsis.oneClick === 'boolean');
  check('nsis deleteAppDataOnUninstall is false', nsis.deleteAppDataOnUninstall !== true);
  check('nsis installerLanguages is vi_VN', same(nsis.installerLanguages, ['vi_VN']));
  check('nsis language is 1066', nsis.language === '1066', String(nsis.language));
  // What the NSIS target would actually compile in (a non-multi-language installer silently becomes en_US).
  const langs = new LangConfigurator(nsis).langs;
  check('installer languages resolve to vi_VN only', same(langs, ['vi_VN']), langs.join(','));
  check('vi_VN is LCID 1066', lcid.vi_VN === 1066 && Number(nsis.language) === lcid.vi_VN);
  check('NSIS knows Vietnamese', (langIdToName as Record<string, string>).vi === 'Vietnamese');

  // Linux: AppImage and deb.
  const linuxTargets = targetNames(config.linux);
  check('linux targets are AppImage and deb', same([...linuxTargets].sort(), ['AppImage', 'deb']), linuxTargets.join(','));

  // Only the target's prebuild, no sources, no local build.
  const winFiles = packedModuleFiles(config, 'win', 'x64', 'better-sqlite3');
  const linuxFiles = packedModuleFiles(config, 'linux', 'x64', 'better-sqlite3');
  const prebuilds = (files: string[]) => files.filter((f) => f.startsWith('prebuilds/'));
  check('win x64 packs only the win32-x64 prebuild', same(prebuilds(winFiles), ['prebuilds/win32-x64.node']), prebuilds(winFiles).join(','));
  check('linux x64 packs only the linux-x64 prebuild', same(prebuilds(linuxFiles), ['prebuilds/linux-x64.node']), prebuilds(linuxFiles).join(','));
  for (const [os, files] of [['win', winFiles], ['linux', linuxFiles]] as const) {
    check(`${os}: better-sqlite3 lib/ is packed`, files.includes('lib/index.js') && files.includes('lib/binding.js'));
    const sources = files.filter((f) => /^(src|deps|build)\//.test(f) || f === 'binding.gyp');
    check(`${os}: no better-sqlite3 sources or build/`, sources.length === 0, sources.slice(0, 5).join(','));
  }

  // Everything else is bundled into out/main: no other package goes into the archive.
  const pkgDeps = Object.keys((pkg.dependencies ?? {}) as Record<string, string>);
  for (const name of [...pkgDeps.filter((d) => d !== 'better-sqlite3'), 'node-addon-api']) {
    const packed = packedModuleFiles(config, 'win', 'x64', name);
    check(`does not pack node_modules/${name}`, packed.length === 0, `${packed.length} files, e.g. ${packed.slice(0, 3).join(', ')}`);
  }

  // App files: the electron-vite output and package.json, not the TypeScript sources nor the browser host.
  for (const os of ['win', 'linux'] as const) {
    check(`${os}: packs out/main/index.js`, packsAppFile(config, os, 'out/main/index.js'));
    check(`${os}: packs out/preload/index.cjs`, packsAppFile(config, os, 'out/preload/index.cjs'));
    // The jobs worker thread (core/jobs/worker.ts) is its own file beside the main bundle, where the runner looks for it.
    check(`${os}: packs out/main/worker.js`, packsAppFile(config, os, 'out/main/worker.js'));
    check(`${os}: packs out/renderer/index.html`, packsAppFile(config, os, 'out/renderer/index.html'));
    check(`${os}: packs package.json`, packsAppFile(config, os, 'package.json'));
    const notPacked = ['electron/main.ts', 'core/app.ts', 'tests/builder/check-config.ts', 'electron-builder.yml', 'out/web/index.html', 'out/web-host/main.mjs'];
    for (const source of notPacked) {
      check(`${os}: does not pack ${source}`, !packsAppFile(config, os, source));
    }
  }

  check('package.json main is the electron-vite main output', pkg.main === 'out/main/index.js', String(pkg.main));
  // Written by a plugin of the main build (build/bundle-worker.ts): without it every job fails in the packaged app.
  const vite = (await import('../../electron.vite.config.ts')).default as { main?: { plugins?: { name?: string }[] } };
  const plugins = (vite.main?.plugins ?? []).map((p) => p.name);
  check('electron-vite main build writes out/main/worker.js', plugins.includes('tdkt-job-worker'), plugins.join(','));

  // Icons.
  check('win icon is build/icon.ico', config.win?.icon === 'build/icon.ico');
  check('linux icon is build/icon.png', config.linux?.icon === 'build/icon.png');
  const png = pngSize(readFileSync(join(projectDir, 'build', 'icon.png')));
  check('build/icon.png is 512×512', png?.width === 512 && png?.height === 512, JSON.stringify(png));
  const sizes = icoSizes(readFileSync(join(projectDir, 'build', 'icon.ico')));
  check('build/icon.ico has 16…256', [16, 32, 48, 256].every((s) => sizes.includes(s)), sizes.join(','));

  // Not a failure of this file, but `electron-builder --linux deb` refuses to run without them.
  const author = pkg.author as { email?: string } | undefined;
  if (typeof pkg.homepage !== 'string' || !author?.email) {
    console.warn('builder config: warning — package.json needs "homepage" and "author": {"name", "email"} for the deb target');
  }

  if (failures.length > 0) {
    console.error(`builder config: ${failures.length} of ${passed + failures.length} checks failed`);
    for (const failure of failures) console.error(`  ✗ ${failure}`);
    process.exit(1);
  }
  console.log(`builder config: ${passed} checks passed`);
}

main().catch((error: unknown) => {
  console.error(`builder config: could not check — ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
