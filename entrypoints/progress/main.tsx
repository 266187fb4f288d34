/** The progress page (an extension page: its IndexedDB is the extension's own). */
import { render } from 'preact';
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { ProgressApp } from '../../components/progress/App';
import { browser } from 'wxt/browser';
import { startPage } from '../../components/i18n';
import { ProgressModel } from '../../components/progress/model';
import { browserSource } from '../../components/progress/source';

void startPage(document, 'progress_title', browser.storage.local).then((lang) =>
  render(<ProgressApp model={new ProgressModel(browserSource())} lang={lang} />, document.getElementById('app')!),
);
