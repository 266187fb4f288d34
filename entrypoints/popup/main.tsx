/** Sävy's popup (the toolbar button). Opened as a page with `?tab=<id>` it shows that tab (tests, keyboard users). */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/ui/theme.css';
import './style.css';
import { PopupApp, type PopupApi, type PopupPage } from '../../components/popup/App';
import { sendMessage } from '../../components/messaging';
import { startPage } from '../../components/i18n';
import { startOfDay } from '../../lib/history/today';

const params = new URLSearchParams(location.search);
const asPage = params.has('tab');
const PAGES: Record<PopupPage, string> = { progress: '/progress.html', practice: '/practice.html', options: '/options.html' };
const url = (page: PopupPage) => browser.runtime.getURL(PAGES[page] as '/popup.html');

const api: PopupApi = {
  async currentTab() {
    const id = Number(params.get('tab'));
    const tab = asPage && Number.isInteger(id) ? await browser.tabs.get(id) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
  },
  draft: (tabId) => sendMessage('getDraftStatus', tabId),
  site: (u) => sendMessage('siteAccess', u),
  enable: (u, tabId) => sendMessage('enableSite', { url: u, tabId }),
  disable: (u) => sendMessage('disableSite', u),
  today: () => sendMessage('historyToday', startOfDay(Date.now())),
  ruleset: () => sendMessage('getRulesetStatus', undefined),
  pageUrl: url,
  open(page) {
    if (page === 'options') void browser.runtime.openOptionsPage();
    else void browser.tabs.create({ url: url(page) });
    if (!asPage) window.close();
  },
  extensionOrigin: browser.runtime.getURL('/' as '/popup.html'),
};

async function main() {
  const lang = await startPage(document, 'popup_title', browser.storage.local);
  render(<PopupApp api={api} lang={lang} />, document.getElementById('app')!);
}
void main();
