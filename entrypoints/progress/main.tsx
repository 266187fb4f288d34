/** The progress page (an extension page: its IndexedDB is the extension's own). */
import { render } from 'preact';
import '../../components/ui/theme.css';
import 'chartist/dist/index.css';
import './style.css';
import { ProgressApp } from '../../components/progress/App';
import { browser } from 'wxt/browser';
import { startPage } from '../../components/i18n';
import { declareCategories } from '../../components/categories';
import { practiceTickets } from '../../components/practice/tickets';
import { ProgressModel } from '../../components/progress/model';
import { browserSource } from '../../components/progress/source';
import { activeRulesetItem, uiLanguageItem } from '../../components/storage';

async function main() {
  const lang = await startPage(document, 'progress_title', uiLanguageItem);
  // The team ruleset in force names its own categories and practice tickets.
  const team = (await activeRulesetItem.get())?.team ?? null;
  declareCategories(team?.categories);
  render(
    <ProgressApp
      model={new ProgressModel(browserSource())}
      lang={lang}
      tickets={practiceTickets(team)}
      practiceUrl={browser.runtime.getURL('/practice.html')}
    />,
    document.getElementById('app')!,
  );
}
void main();
