import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Text,
  webLightTheme,
} from '@fluentui/react-components';
import {
  I18nContext,
  loadLang,
  safeLocalStorage,
  saveLang,
  translate,
  type I18n,
  type Lang,
  type StringKey,
} from './i18n';
import { describeError } from './format';
import { ServicesContext, type PaneServices } from './services';
import { PANE_CSS } from './styles';
import { TemplatesPanel } from './components/TemplatesPanel';
import { ValidationPanel } from './components/ValidationPanel';
import { AppendixPanel } from './components/AppendixPanel';
import { PreviewPanel } from './components/PreviewPanel';
import { ConsolidationPanel } from './components/ConsolidationPanel';
import { LanguageSwitch } from './components/LanguageSwitch';

export const INTRO_STORAGE_KEY = 'mtqg.introDismissed';
type TabId = 'templates' | 'validation' | 'appendix' | 'consolidation';
const TABS: { id: TabId; label: StringKey }[] = [
  { id: 'templates', label: 'tabTemplates' },
  { id: 'validation', label: 'tabValidation' },
  { id: 'appendix', label: 'tabAppendix' },
  { id: 'consolidation', label: 'tabConsolidation' },
];

export interface AppProps {
  /** The ready pane; absent while starting or when Excel lacks what we need. */
  services?: PaneServices;
  /** Requirement sets this Excel lacks (the pane then only explains that). */
  missingRequirements?: string[];
  /** Whatever stopped the pane from starting (shown in plain words). */
  startupError?: unknown;
  /** Inside Excel, Office.js is slow to answer: say we are connecting (never the preview). */
  connecting?: boolean;
}

/** The task pane: header with language switch, first-run note, three tabs, preview when outside Excel. */
export function App({ services, missingRequirements, startupError, connecting }: AppProps) {
  const [lang, setLangState] = useState<Lang>(() => loadLang());
  const [introOpen, setIntroOpen] = useState(() => readFlag(INTRO_STORAGE_KEY) !== '1');
  const [tab, setTab] = useState<TabId>('templates');
  const i18n = useMemo<I18n>(() => ({ lang, t: (key, vars) => translate(lang, key, vars) }), [lang]);
  const { t } = i18n;

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    saveLang(next);
  }, []);
  // The page's language follows the pane's (also a remembered one), for screen readers.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const openTemplates = useCallback(() => setTab('templates'), []);

  const dismissIntro = () => {
    setIntroOpen(false);
    writeFlag(INTRO_STORAGE_KEY, '1');
  };

  return (
    <FluentProvider theme={webLightTheme} className="mtqg-root" lang={lang}>
      <style>{PANE_CSS}</style>
      <I18nContext.Provider value={i18n}>
        <header className="mtqg-header">
          <div className="mtqg-title">
            <Text as="h1" weight="semibold" size={400}>
              {t('productName')}
            </Text>
            <Text size={200} className="mtqg-muted">
              {t('productTagline')}
            </Text>
          </div>
          <LanguageSwitch onChange={setLang} />
        </header>
        <main className="mtqg-main">
          {missingRequirements ? (
            <MessageBar intent="error" layout="multiline" data-testid="unsupported">
              <MessageBarBody>
                <MessageBarTitle>{t('unsupportedTitle')}</MessageBarTitle>
                {t('unsupportedBody', { missing: missingRequirements.join(', ') })}
              </MessageBarBody>
            </MessageBar>
          ) : startupError !== undefined ? (
            <MessageBar intent="error" layout="multiline" data-testid="startup-error">
              <MessageBarBody>
                <MessageBarTitle>{t('startupFailedTitle')}</MessageBarTitle>
                {describeError(startupError, t)}
              </MessageBarBody>
            </MessageBar>
          ) : !services ? (
            <Text role="status" data-testid="starting">
              {t(connecting ? 'connectingExcel' : 'starting')}
            </Text>
          ) : (
            <ServicesContext.Provider value={services}>
              {introOpen && (
                <MessageBar intent="info" layout="multiline" data-testid="intro">
                  <MessageBarBody>
                    <MessageBarTitle>{t('introTitle')}</MessageBarTitle>
                    {t('introBody')}
                  </MessageBarBody>
                  <MessageBarActions>
                    <Button size="small" onClick={dismissIntro}>
                      {t('introDismiss')}
                    </Button>
                  </MessageBarActions>
                </MessageBar>
              )}
              <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} className="mtqg-tabs">
                {TABS.map((x) => (
                  <Tab key={x.id} value={x.id} id={`mtqg-tab-${x.id}`}>
                    {t(x.label)}
                  </Tab>
                ))}
              </TabList>
              {/* Panels stay mounted so findings and forms survive tab switches. */}
              {TABS.map((x) => (
                <div
                  key={x.id}
                  role="tabpanel"
                  aria-labelledby={`mtqg-tab-${x.id}`}
                  hidden={tab !== x.id}
                  data-testid={`panel-${x.id}`}
                >
                  {x.id === 'templates' && <TemplatesPanel />}
                  {x.id === 'validation' && <ValidationPanel onOpenTemplates={openTemplates} />}
                  {x.id === 'appendix' && <AppendixPanel onOpenTemplates={openTemplates} />}
                  {x.id === 'consolidation' && <ConsolidationPanel />}
                </div>
              ))}
              {services.preview && <PreviewPanel preview={services.preview} />}
            </ServicesContext.Provider>
          )}
        </main>
      </I18nContext.Provider>
    </FluentProvider>
  );
}

function readFlag(key: string): string | null {
  try {
    return safeLocalStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeFlag(key: string, value: string): void {
  try {
    safeLocalStorage()?.setItem(key, value);
  } catch {
    /* remembered for this session only */
  }
}
