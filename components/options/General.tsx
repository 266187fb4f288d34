/** Options for the writer: the UI language and how long the progress history is kept. */
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../lib/coaching';
import { RETENTION_CHOICES } from '../../lib/history/settings';
import { t } from '../i18n';

export interface GeneralSettings {
  /** null: follow the browser's language. */
  uiLanguage: Language | null;
  retentionDays: number;
}

export interface GeneralApi {
  load(): Promise<GeneralSettings>;
  save(settings: Partial<GeneralSettings>): Promise<void>;
}

export function GeneralSection({ api }: { api: GeneralApi }) {
  const [settings, setSettings] = useState<GeneralSettings | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void api.load().then(setSettings, () => setSettings({ uiLanguage: null, retentionDays: 180 }));
  }, []);
  if (!settings) return null;
  const save = async (change: Partial<GeneralSettings>) => {
    setSettings({ ...settings, ...change });
    await api.save(change);
    setSaved(change.uiLanguage !== undefined ? t('options_general_languageSaved') : t('options_general_saved'));
  };
  return (
    <section aria-labelledby="general-h">
      <h2 id="general-h">{t('options_general_heading')}</h2>
      <p>
        <label for="ui-language">{t('options_general_language')}</label>{' '}
        <select
          id="ui-language"
          value={settings.uiLanguage ?? ''}
          onChange={(e) => void save({ uiLanguage: (e.currentTarget.value || null) as Language | null })}
        >
          <option value="">{t('options_general_languageBrowser')}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`practice_lang_${l}`)}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="retention">{t('options_general_retention')}</label>{' '}
        <select id="retention" value={String(settings.retentionDays)} onChange={(e) => void save({ retentionDays: Number(e.currentTarget.value) })}>
          {RETENTION_CHOICES.map((d) => (
            <option key={d} value={String(d)}>
              {t('options_general_days', d)}
            </option>
          ))}
        </select>
      </p>
      <p role="status" aria-live="polite" data-field="general-saved">
        {saved}
      </p>
    </section>
  );
}
