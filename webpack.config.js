// Builds the task pane, the ribbon command file and the standalone page (index.html) into dist/. Office.js is copied from
// node_modules so the pane never loads anything from a CDN (machines here may be offline).
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { productionBaseUrl, toProductionManifest } = require('./scripts/manifestUrls');

const DEV_SERVER_PORT = 3000;
const CORE_WORKER_FILE = 'core-worker.js';
const PAGE_WORKER_FILE = 'page-worker.js';
const PAGE_SW_FILE = 'sw.js';
/** Entries of the add-in: the page's service worker never caches them. */
const ADDIN_ENTRIES = ['taskpane', 'commands', 'coreWorker'];

/**
 * Writes into the page's service worker (src/page/serviceWorker/sw.ts) the build hash (its
 * cache name, so a new build replaces the old cache) and the files the page needs offline:
 * index.html, the page's and its worker's scripts, icons. Office.js, the pane and the
 * manifest are left out.
 */
class PagePrecachePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PagePrecachePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PagePrecachePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          if (!assets[PAGE_SW_FILE]) return;
          const addin = new Set();
          for (const name of ADDIN_ENTRIES)
            for (const file of compilation.entrypoints.get(name)?.getFiles() ?? []) addin.add(file);
          const files = Object.keys(assets).filter(
            (f) =>
              f !== PAGE_SW_FILE &&
              !addin.has(f) &&
              !f.startsWith('assets/office-js/') &&
              !/\.(map|xml|txt)$/.test(f) &&
              (!f.endsWith('.html') || f === 'index.html'),
          );
          const json = JSON.stringify(JSON.stringify(files.sort())).slice(1, -1);
          const source = assets[PAGE_SW_FILE].source()
            .toString()
            .replaceAll('__MTQG_BUILD__', compilation.hash)
            .replaceAll('__MTQG_PRECACHE__', json);
          compilation.updateAsset(PAGE_SW_FILE, new webpack.sources.RawSource(source));
        },
      );
    });
  }
}

// Office.js ships scripts for every Office app and a debug copy of each; the add-in only runs
// in Excel, so the others are left out (keeps dist/ small).
const OFFICE_JS_IGNORE = [
  '**/*.debug.js',
  '**/*.d.ts',
  '**/office-vsdoc.js',
  '**/access-*',
  '**/onenote*',
  '**/outlook*',
  '**/powerpoint*',
  '**/project-*',
  '**/visio*',
  '**/word-*',
];

async function devServerHttpsOptions() {
  // Lazy: only `webpack serve` needs the trusted localhost certificate.
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const prodBase = production ? productionBaseUrl() : null;

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // The pure core in a Web Worker (the pane starts it by this fixed name; see coreClient.ts).
      coreWorker: { import: './src/taskpane/worker/core.worker.ts', filename: CORE_WORKER_FILE },
      // The standalone page (dist/index.html), its worker and its service worker (no Office.js).
      page: './src/page/index.tsx',
      pageWorker: { import: './src/page/worker/page.worker.ts', filename: PAGE_WORKER_FILE },
      pageServiceWorker: { import: './src/page/serviceWorker/sw.ts', filename: PAGE_SW_FILE },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      alias: {
        // ExcelJS's browser build (self-contained, no Node built-ins); the CLI keeps the Node build.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js'),
      },
    },
    module: {
      // A prebuilt bundle: parsing it only produces warnings and slows the build.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: 'tsconfig.json',
              transpileOnly: true,
              // ES modules let webpack tree-shake Fluent UI.
              compilerOptions: { module: 'es2020', sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({
        // A build stamp in the query, so a new version never runs beside an old cached worker.
        MTQG_CORE_WORKER_URL: JSON.stringify(`${CORE_WORKER_FILE}?v=${Date.now().toString(36)}`),
        MTQG_PAGE_WORKER_URL: JSON.stringify(`${PAGE_WORKER_FILE}?v=${Date.now().toString(36)}`),
        MTQG_PAGE_SW_URL: JSON.stringify(PAGE_SW_FILE),
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/page/page.html',
        chunks: ['page'],
      }),
      new PagePrecachePlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          {
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'assets/office-js',
            globOptions: { ignore: OFFICE_JS_IGNORE },
          },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? toProductionManifest(content.toString(), prodBase) : content),
          },
        ],
      }),
    ],
    performance: {
      // ExcelJS + HyperFormula + Fluent UI: the pane bundle is large by design; it is loaded once.
      hints: false,
    },
    devServer: {
      port: DEV_SERVER_PORT,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist'), publicPath: '/' },
      server: serving ? { type: 'https', options: await devServerHttpsOptions() } : 'https',
    },
  };
};
