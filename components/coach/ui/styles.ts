/** Styles of Sävy's UI. They live only in the <savy-coach> shadow root: no global CSS. */
export const COACH_CSS = `
:host { all: initial; }
.savy-root { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; }
.savy-mirror { position: fixed; overflow: hidden; pointer-events: none; color: transparent; background: transparent;
  margin: 0; z-index: 1; border-color: transparent !important; }
.savy-mirror-content { white-space: pre-wrap; overflow-wrap: break-word; }
.savy-u { color: transparent; text-decoration: underline wavy #d9480f; text-decoration-thickness: 1.5px; text-underline-offset: 3px;
  text-decoration-skip-ink: none; }
.savy-u-info { text-decoration: underline dotted #1c7ed6; text-decoration-thickness: 2px; }
.savy-u-active { background: rgba(250, 176, 5, 0.28); }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #c2c8d0; background: #fff; color: #1f2933;
  padding: 3px 8px; margin: 2px 4px 2px 0; }
button:hover { background: #f1f3f5; }
button:focus-visible { outline: 2px solid #1c7ed6; outline-offset: 1px; }
button.savy-primary { background: #0b7285; border-color: #0b7285; color: #fff; }
button.savy-primary:hover { background: #0a6070; }
.savy-badge { position: fixed; z-index: 3; min-width: 24px; height: 24px; border-radius: 12px; padding: 0 7px; margin: 0;
  border: none; background: #0b7285; color: #fff; font-weight: 600; font-size: 12px; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.savy-badge:hover { background: #095c6b; color: #fff; }
.savy-badge[data-count="0"] { background: #2b8a3e; }
.savy-badge[data-count="0"]:hover { background: #237032; }
.savy-panel, .savy-card { position: fixed; z-index: 5; overflow: auto; overscroll-behavior: contain; box-sizing: border-box; background: #fff; border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 8px 24px rgba(0,0,0,.18); }
.savy-panel { width: 340px; max-height: calc(100vh - 16px); padding: 10px 12px; }
.savy-card { z-index: 6; width: 300px; max-height: calc(100vh - 16px); padding: 10px 12px; }
.savy-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; position: sticky; top: -10px;
  margin: -10px -12px 0; padding: 10px 12px 4px; background: #fff; z-index: 1; }
h2 { font-size: 15px; margin: 0; } h3 { font-size: 13px; margin: 10px 0 4px; color: #52606d; text-transform: uppercase; letter-spacing: .03em; }
ul { list-style: none; margin: 0; padding: 0; }
.savy-hint { border-top: 1px solid #eef0f2; padding: 8px 4px; margin: 0 -4px; border-radius: 4px; }
.savy-hint:focus { outline: none; } .savy-hint:focus-visible { outline: 2px solid #1c7ed6; outline-offset: -2px; }
.savy-cat { font-weight: 600; }
.savy-quote { color: #9c3a0e; }
.savy-msg { margin: 4px 0 6px; }
.savy-model { margin: 4px 0 6px; color: #3e4c59; }
.savy-fill { background: #fff3bf; color: inherit; border-radius: 3px; padding: 0 2px; }
.savy-step { display: flex; gap: 6px; padding: 2px 0; }
.savy-step[data-done="true"] .savy-mark { color: #2b8a3e; } .savy-step[data-done="false"] .savy-mark { color: #adb5bd; }
.savy-step[data-weak="true"] .savy-mark { color: #b35c00; }
.savy-weak { display: block; font-size: 12.5px; color: #8a4500; }
.savy-notice { margin: 6px 0; padding: 6px 8px; background: #fff4e6; border-radius: 6px; }
.savy-toast { position: fixed; z-index: 7; box-sizing: border-box; width: 300px; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
.savy-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
