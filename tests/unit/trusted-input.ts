/**
 * The writer's own input, for happy-dom tests: happy-dom's events carry no `isTrusted` (a browser sets it only
 * for input from the user), so a test that plays the writer marks its event trusted. A plain `el.click()` or
 * `dispatchEvent` plays a page script.
 */
export function trustedEvent<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** The writer clicks `el`. */
export function writerClick(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  el.dispatchEvent(trustedEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
}

/** The writer presses a key on `el`. */
export function writerKey(el: Element | Document, init: KeyboardEventInit): void {
  el.dispatchEvent(trustedEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init })));
}
