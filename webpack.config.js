// Builds the task pane and the ribbon command file into dist/. Office.js is copied from
// node_modules so the pane never loads anything from a CDN (machines here may be offline).
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { productionBaseUrl, toProductionManifest } = require('./scripts/manifestUrls');

const DEV_SERVER_PORT = 3000;
const CORE_WORKER_FILE = 'core-worker.js';

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
      }),
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
