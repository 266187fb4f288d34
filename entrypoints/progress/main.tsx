/** The progress page (an extension page: its IndexedDB is the extension's own). */
import { render } from 'preact';
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { ProgressApp } from '../../components/progress/App';
import { t, uiLanguage } from '../../components/progress/i18n';
import { ProgressModel } from '../../components/progress/model';
import { browserSource } from '../../components/progress/source';

const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = t('progress_title');
render(<ProgressApp model={new ProgressModel(browserSource())} lang={lang} />, document.getElementById('app')!);
