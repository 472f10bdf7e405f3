import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  webLightTheme,
} from '@fluentui/react-components';
import { I18nContext, loadLang, saveLang, translate, type I18n, type Lang } from '../taskpane/i18n';
import { describeError } from '../taskpane/format';
import { PANE_CSS } from '../taskpane/styles';
import { LanguageSwitch } from '../taskpane/components/LanguageSwitch';
import { PAGE_CSS } from './pageCss';
import { pageText, type PageStringKey } from './pageStrings';
import { FileDrop } from './components/FileDrop';
import { FileResult } from './components/FileResult';
import { PageTools } from './components/PageTools';
import type { DownloadRequest } from './components/Downloads';
import type { OpenStage, OpenedFile } from './worker/pageApi';
import type { PageCore } from './worker/pageClient';
import type { PageDownloads } from './pageDownloads';
import { browserHeapLimit } from './heapLimit';

type Entry =
  | { key: number; name: string; state: 'opening'; stage: OpenStage | 'send' }
  | { key: number; name: string; state: 'open'; file: OpenedFile; checkedAt: Date }
  | { key: number; name: string; state: 'failed'; error: unknown };

const STAGE_KEY: Record<OpenStage | 'send', PageStringKey> = {
  send: 'stageSend',
  read: 'stageRead',
  check: 'stageCheck',
  done: 'stageDone',
};

let nextKey = 1;

/** The page for every officer: open .xlsx files, see what the check found, take the outputs home. */
export function PageApp({ core, downloads }: { core: PageCore; downloads: PageDownloads }) {
  const [lang, setLangState] = useState<Lang>(() => loadLang());
  const i18n = useMemo<I18n>(() => ({ lang, t: (key, vars) => translate(lang, key, vars) }), [lang]);
  const p = useCallback(
    (key: PageStringKey, vars?: Record<string, string | number>) => pageText(lang, key, vars),
    [lang],
  );
  const [entries, setEntries] = useState<Entry[]>([]);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    saveLang(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = pageText(lang, 'pageTitle');
  }, [lang]);

  const update = (key: number, next: Entry) => setEntries((list) => list.map((e) => (e.key === key ? next : e)));

  const openFiles = (files: File[]) => {
    for (const f of files) {
      const key = nextKey++;
      const name = f.name;
      setEntries((list) => [...list, { key, name, state: 'opening', stage: 'send' }]);
      void (async () => {
        try {
          const bytes = await f.arrayBuffer();
          const file = await core.openFile(
            name,
            bytes,
            (stage) => update(key, { key, name, state: 'opening', stage }),
            browserHeapLimit(),
          );
          update(key, { key, name, state: 'open', file, checkedAt: new Date() });
        } catch (error) {
          update(key, { key, name, state: 'failed', error });
        }
      })();
    }
  };

  const close = (entry: Entry) => {
    setEntries((list) => list.filter((e) => e.key !== entry.key));
    if (entry.state === 'open') void core.closeFile(entry.file.id);
  };

  const openFilesNow = entries.flatMap((e) => (e.state === 'open' ? [e.file] : []));

  return (
    <FluentProvider theme={webLightTheme} className="mtqg-root mtqg-page" lang={lang}>
      <style>{PANE_CSS + PAGE_CSS}</style>
      <I18nContext.Provider value={i18n}>
        <header className="mtqg-header mtqg-no-print">
          <div className="mtqg-title">
            <Text as="h1" weight="semibold" size={600}>
              {p('pageTitle')}
            </Text>
            <Text size={300} className="mtqg-muted">
              {i18n.t('productTagline')}
            </Text>
          </div>
          <LanguageSwitch onChange={setLang} />
        </header>
        <main className="mtqg-main mtqg-page-main">
          <MessageBar intent="info" layout="multiline" className="mtqg-no-print" data-testid="privacy">
            <MessageBarBody>
              <MessageBarTitle>{p('privacyTitle')}</MessageBarTitle>
              {p('privacyBody')}
              {/* Said in both languages whichever is chosen: the promise every officer must read. */}
              <span className="mtqg-privacy-other" lang={other}>
                {pageText(other, 'privacyBody')}
              </span>
            </MessageBarBody>
          </MessageBar>
          <div className="mtqg-no-print">
            <FileDrop onFiles={openFiles} />
          </div>
          <PageTools files={openFilesNow} downloads={downloads} />
          {entries.map((entry) =>
            entry.state === 'open' ? (
              <FileResult
                key={entry.key}
                file={entry.file}
                core={core}
                checkedAt={entry.checkedAt}
                onClose={() => close(entry)}
                onDownload={(request: DownloadRequest) => downloads.forFile(entry.file, request)}
                onRecheck={async (mapping) => {
                  const file = await core.recheck(entry.file.id, mapping);
                  update(entry.key, { key: entry.key, name: entry.name, state: 'open', file, checkedAt: new Date() });
                }}
              />
            ) : (
              <section
                key={entry.key}
                className="mtqg-file mtqg-no-print"
                aria-label={entry.name}
                data-testid="file-pending"
              >
                <Text as="h2" size={500} weight="semibold" className="mtqg-file-name">
                  {entry.name}
                </Text>
                <div aria-live="polite">
                  {entry.state === 'opening' ? (
                    <Spinner
                      size="tiny"
                      label={p(STAGE_KEY[entry.stage])}
                      labelPosition="after"
                      data-testid="file-stage"
                    />
                  ) : (
                    <MessageBar intent="error" layout="multiline" data-testid="file-error">
                      <MessageBarBody>{describeError(entry.error, i18n.t)}</MessageBarBody>
                    </MessageBar>
                  )}
                </div>
                {entry.state === 'failed' && (
                  <Button size="small" onClick={() => close(entry)}>
                    {p('closeFile')}
                  </Button>
                )}
              </section>
            ),
          )}
        </main>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
