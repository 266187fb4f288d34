// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldFromNode, fieldKind } from '../../components/coach/fields';
import { TextMap } from '../../components/coach/text-map';

function html(s: string): HTMLElement {
  document.body.innerHTML = s;
  return document.body;
}

describe('fields', () => {
  it('takes textareas and contenteditable hosts, skips inputs and opted-out fields', () => {
    const b = html(`
      <textarea id="t"></textarea><textarea id="ro" readonly></textarea>
      <input id="i" type="text"><input id="p" type="password"><input id="s" type="search">
      <div id="ce" contenteditable="true"><p id="inner">x</p></div>
      <div id="tb" role="textbox" contenteditable="true"></div>
      <div id="g" contenteditable="true" data-gramm="false"></div>
      <div id="sp" contenteditable="true" spellcheck="false"></div>
      <div data-savy="off"><div id="off" contenteditable="true"></div></div>
      <div id="ro2" contenteditable="true" aria-readonly="true"></div>
      <div class="cm-editor"><div id="cm" contenteditable="true"></div></div>
      <pre><code id="code" contenteditable="true"></code></pre>
      <textarea id="tsp" spellcheck="false"></textarea>
      <body-like class="mce-content-body" id="mce" contenteditable="true" spellcheck="false"></body-like>`);
    const $ = (id: string) => b.querySelector(`#${id}`)!;
    expect(fieldKind($('t'))).toBe('textarea');
    expect(fieldKind($('ro'))).toBeNull();
    for (const id of ['i', 'p', 's', 'g', 'off', 'ro2', 'cm', 'code']) expect(fieldKind($(id)), id).toBeNull();
    expect(fieldKind($('tb'))).toBe('contenteditable');
    // spellcheck="false" is no opt-out: rich-text editors set it for their own spellchecker.
    expect(fieldKind($('sp'))).toBe('contenteditable');
    expect(fieldKind($('tsp'))).toBe('textarea');
    expect(fieldKind($('mce'))).toBe('contenteditable');
    expect(fieldFromNode($('inner').firstChild)).toBe($('ce'));
  });

  it('finds fields inside open shadow roots', () => {
    const b = html('<div id="host"></div>');
    const root = b.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea></textarea>';
    expect(fieldFromNode(root.querySelector('textarea'))).toBe(root.querySelector('textarea'));
  });
});

describe('TextMap', () => {
  it('reads blocks and breaks as lines and maps offsets back to ranges', () => {
    const b = html('<div id="e" contenteditable="true"><p>Hei <b>Maija</b>,</p><p>rivi<br>toinen</p></div>');
    const e = b.querySelector<HTMLElement>('#e')!;
    const map = TextMap.read(e);
    expect(map.text).toBe('Hei Maija,\nrivi\ntoinen\n');
    expect(map.range(4, 9)!.toString()).toBe('Maija');
    expect(map.range(0, 10)!.toString()).toBe('Hei Maija,');
    expect(map.range(16, 22)!.toString()).toBe('toinen');
    const maija = e.querySelector('b')!.firstChild!;
    expect(map.offsetOf(maija, 2)).toBe(6);
  });

  it('marks quoted text and signatures by the HTML structure, and coaches the reply around them', () => {
    const b = html(`<div id="e" contenteditable="true">
      <p>Hei Maija,</p><p>On Mon, Sam wrote:</p>
      <blockquote type="cite"><p>Olisit lukenut ohjeet!!</p></blockquote>
      <p>vastaus alla.</p>
      <div class="gmail_quote"><div class="gmail_attr">ma 23.11. Maija kirjoitti:</div><blockquote class="gmail_quote">TÄMÄ ON TÖRKEÄÄ</blockquote></div>
      <div class="gmail_signature">Anu | Asiakaspalvelu</div>
      <p>loppu.</p><div id="appendonsend"></div><div id="divRplyFwdMsg">From: Sam</div><div>vanha viesti</div></div>`);
    const map = TextMap.read(b.querySelector<HTMLElement>('#e')!);
    const skipped = map.skip.map((s) => map.text.slice(s.start, s.end).trim());
    expect(skipped).toEqual([
      'Olisit lukenut ohjeet!!',
      'ma 23.11. Maija kirjoitti:\nTÄMÄ ON TÖRKEÄÄ',
      'Anu | Asiakaspalvelu',
      'From: Sam\nvanha viesti',
    ]);
    for (const s of ['Hei Maija,', 'vastaus alla.', 'loppu.']) expect(map.skip.some((k) => map.text.slice(k.start, k.end).includes(s))).toBe(false);
  });
});
