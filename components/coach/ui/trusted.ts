/**
 * The coach's controls act only on the writer's own input. Its shadow root is open (CONTRACT.md §2: tests and
 * assistive tools read it), so the page's own scripts can find the buttons and dispatch events at them, or call
 * `click()`; those events are not trusted (`event.isTrusted` is false: the browser sets it only for input from
 * the user). Every action handler is wrapped in `trusted()`, so a page cannot mute a rule, dismiss a hint, apply
 * a rewrite (and so record a fake "applied" event) or open the panel in the writer's name. Reading the hints
 * from the page stays possible, as the contract says.
 */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted === true) handler(e);
  };
}
