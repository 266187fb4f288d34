/** Options for the writer: the UI language and how long the progress history is kept; "Saved" beside the one changed. */
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../lib/coaching';
import { RETENTION_CHOICES } from '../../lib/history/settings';
import { t } from '../i18n';
import { Section, SelectField } from '../ui/kit';

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
  const [saved, setSaved] = useState<{ field: 'language' | 'retention'; text: string; ok: boolean } | null>(null);
  useEffect(() => {
    void api.load().then(setSettings, () => setSettings({ uiLanguage: null, retentionDays: 180 }));
  }, []);
  if (!settings) return null;
  const save = async (change: Partial<GeneralSettings>) => {
    const field = change.uiLanguage !== undefined ? 'language' : 'retention';
    setSettings({ ...settings, ...change });
    setSaved(null);
    try {
      await api.save(change);
      setSaved({ field, text: field === 'language' ? t('options_general_languageSaved') : t('options_general_saved'), ok: true });
    } catch {
      setSaved({ field, text: t('options_failed'), ok: false });
    }
  };
  return (
    <Section id="general" title={t('options_general_heading')}>
      <div class="fields-row" data-field="general-saved">
        <SelectField
          id="ui-language"
          label={t('options_general_language')}
          value={settings.uiLanguage ?? ''}
          onValue={(v) => void save({ uiLanguage: (v || null) as Language | null })}
          options={[
            { value: '', label: t('options_general_languageBrowser') },
            ...LANGUAGES.map((l) => ({ value: l, label: t(`practice_lang_${l}`) })),
          ]}
          note={saved?.field === 'language' ? saved.text : undefined}
          noteTone={saved?.ok === false ? 'error' : 'ok'}
        />
        <SelectField
          id="retention"
          label={t('options_general_retention')}
          value={String(settings.retentionDays)}
          onValue={(v) => void save({ retentionDays: Number(v) })}
          options={RETENTION_CHOICES.map((d) => ({ value: String(d), label: t('options_general_days', d) }))}
          note={saved?.field === 'retention' ? saved.text : undefined}
          noteTone={saved?.ok === false ? 'error' : 'ok'}
        />
      </div>
    </Section>
  );
}
