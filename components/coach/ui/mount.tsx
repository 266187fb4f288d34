/**
 * The coach's UI in a page: one `<savy-coach>` element at the end of `<html>` with an open shadow root (the page and
 * assistive tools can read it; no CSS leaks either way). The one mount for the content script
 * (entrypoints/coach.content), the practice inbox (components/practice/coach.ts) and the happy-dom tests.
 */
import { render } from 'preact';
import type { Coach } from '../controller';
import { App } from './App';
import { COACH_CSS } from './styles';

/** Keys and clicks in Sävy's UI stay in it: the page's editor must not act on them (TinyMCE, for one, moves the
 * focus back into its body on any click in its iframe, which took the focus out of the panel). The coach's own
 * keyboard listener is a capture listener on the document, so it still hears them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup'] as const;

/** The host sits at the viewport's corner and takes no room: everything inside is `position: fixed`. */
const HOST_STYLE = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483647; display: block;';

export interface CoachShadow {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** The coach's `mountUi`: puts the host in the page (once) and the UI in it; returns the container for the mirrors. */
  mountUi(coach: Coach): HTMLElement;
}

/** Builds the `<savy-coach>` shadow root in `doc`; it joins the page when the coach first needs it and leaves on `signal`. */
export function coachShadowRoot(doc: Document, signal: AbortSignal): CoachShadow {
  const host = doc.createElement('savy-coach');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = COACH_CSS;
  const root = doc.createElement('div');
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
  const mirrors = doc.createElement('div');
  const app = doc.createElement('div');
  root.append(mirrors, app);
  shadow.append(style, root);
  let mounted = false;
  signal.addEventListener(
    'abort',
    () => {
      if (mounted) render(null, app);
      host.remove();
    },
    { once: true },
  );
  return {
    host,
    shadow,
    mountUi(coach) {
      if (!mounted && !signal.aborted) {
        mounted = true;
        doc.documentElement.append(host);
        render(<App coach={coach} />, app);
      }
      return mirrors;
    },
  };
}
