import { ToggleButton } from '@fluentui/react-components';
import { useI18n, type Lang } from '../i18n';

/** Tiếng Việt / English: the pane's and the page's language switch (each names itself in its own language). */
export function LanguageSwitch({ onChange }: { onChange: (lang: Lang) => void }) {
  const { lang, t } = useI18n();
  return (
    <div className="mtqg-lang" role="group" aria-label={t('languageLabel')}>
      <ToggleButton
        size="small"
        checked={lang === 'vi'}
        appearance={lang === 'vi' ? 'primary' : 'secondary'}
        onClick={() => onChange('vi')}
        lang="vi"
      >
        Tiếng Việt
      </ToggleButton>
      <ToggleButton
        size="small"
        checked={lang === 'en'}
        appearance={lang === 'en' ? 'primary' : 'secondary'}
        onClick={() => onChange('en')}
        lang="en"
      >
        English
      </ToggleButton>
    </div>
  );
}
