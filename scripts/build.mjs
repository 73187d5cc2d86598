// Builds what ships: dist/ (or dist-dev/ with --dev) = appsscript.json + Code.js (server) + Sidebar.html.
import { build as esbuild } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import GasPlugin from 'gas-webpack-plugin';
import webpack from 'webpack';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const outDir = join(root, dev ? 'dist-dev' : 'dist');

/**
 * The server: esbuild transforms the TypeScript (through esbuild-loader); webpack bundles it and
 * gas-webpack-plugin turns the entry file's named exports into the top-level function declarations that
 * Apps Script, its triggers and google.script.run can see.
 */
function buildServer() {
  const entry = join(root, 'src/server/index.ts');
  const compiler = webpack({
    mode: 'production',
    context: root,
    entry,
    target: ['web', 'es2020'],
    devtool: false,
    output: { path: outDir, filename: 'Code.js', iife: true, library: { type: 'var', name: 'MiniCrmSync' } },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { loader: 'ts', target: 'es2020' } }],
    },
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __DEV_BUILD__: JSON.stringify(dev) }),
      new GasPlugin({ autoGlobalExportsFiles: [entry], include: [entry], comment: true }),
    ],
  });
  return new Promise((resolvePromise, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => {});
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolvePromise();
    }),
  );
}

/** The sidebar: its TypeScript and CSS bundled by esbuild and inlined into one self-contained HTML file. */
async function buildSidebar() {
  const common = { bundle: true, minify: !dev, write: false, logLevel: 'silent' };
  const [js, css, template] = await Promise.all([
    esbuild({
      ...common,
      entryPoints: [join(root, 'src/client/sidebar.ts')],
      format: 'iife',
      target: 'es2019',
    }),
    esbuild({ ...common, entryPoints: [join(root, 'src/client/sidebar.css')] }),
    readFile(join(root, 'src/client/sidebar.html'), 'utf8'),
  ]);
  // `</` inside an inline script would close the tag early; `<\/` means the same to JavaScript.
  const script = js.outputFiles[0].text.replace(/<\//g, '<\\/');
  const style = css.outputFiles[0].text;
  const html = template
    .replace('<!-- inline:style -->', () => `<style>${style}</style>`)
    .replace('<!-- inline:script -->', () => `<script>${script}</script>`);
  await writeFile(join(outDir, 'Sidebar.html'), html);
}

/**
 * The manifest as shipped. The development build talks to a loopback sandbox over http, which an allowlist
 * (https only) cannot name: test deployments do not need the allowlist, so the development build drops it.
 */
async function manifest() {
  const json = JSON.parse(await readFile(join(root, 'appsscript.json'), 'utf8'));
  if (dev) delete json.urlFetchWhitelist;
  return `${JSON.stringify(json, null, 2)}\n`;
}

async function main() {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'appsscript.json'), await manifest());
  await Promise.all([buildServer(), buildSidebar()]);
  console.log(`built ${dev ? 'development' : 'production'} bundle in ${outDir}`);
}

main().catch(error => {
  console.error(error.message ?? error);
  process.exitCode = 1;
});
