// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyToContentEditable, applyToTextarea } from '../../components/coach/apply';

const settle = () => Promise.resolve();

describe('applyToTextarea', () => {
  it('replaces exactly the hinted text, fires input, puts the caret after it', async () => {
    document.body.innerHTML = '<textarea>Tämä EI OLE MAHDOLLISTA!!</textarea>';
    const ta = document.querySelector('textarea')!;
    const inputs: string[] = [];
    ta.addEventListener('input', () => inputs.push(ta.value));
    const r = await applyToTextarea(ta, { start: 5, end: 23, text: 'EI OLE MAHDOLLISTA', replacement: 'ei ole mahdollista' }, settle);
    expect(r).toBe('applied');
    expect(ta.value).toBe('Tämä ei ole mahdollista!!');
    expect(inputs.length).toBeGreaterThan(0);
    expect(ta.selectionStart).toBe(23);
  });

  it('refuses when the text changed since the hint', async () => {
    document.body.innerHTML = '<textarea>Tämä ei ole MAHDOLLISTA!!</textarea>';
    const ta = document.querySelector('textarea')!;
    const r = await applyToTextarea(ta, { start: 5, end: 23, text: 'EI OLE MAHDOLLISTA', replacement: 'x' }, settle);
    expect(r).toBe('stale');
    expect(ta.value).toBe('Tämä ei ole MAHDOLLISTA!!');
  });
});

describe('applyToContentEditable', () => {
  it('lets an editor that handles beforeinput make the change', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Tämä EI OLE MAHDOLLISTA!!</p></div>';
    const el = document.querySelector<HTMLElement>('[contenteditable]')!;
    const seen: string[] = [];
    el.addEventListener('beforeinput', (e) => {
      const ev = e as InputEvent;
      seen.push(`${ev.inputType}:${ev.data}`); // happy-dom has no StaticRange; Chromium gets targetRanges (e2e)
      ev.preventDefault();
      const p = el.querySelector('p')!;
      p.textContent = p.textContent!.replace('EI OLE MAHDOLLISTA', ev.data!);
    });
    const r = await applyToContentEditable(el, { start: 5, end: 23, text: 'EI OLE MAHDOLLISTA', replacement: 'ei ole mahdollista' }, settle);
    expect(seen).toEqual(['insertReplacementText:ei ole mahdollista']);
    expect(r).toBe('applied');
    expect(el.textContent).toBe('Tämä ei ole mahdollista!!');
  });

  it('reports failure and leaves the text when nothing changes it', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Tämä EI OLE MAHDOLLISTA!!</p></div>';
    const el = document.querySelector<HTMLElement>('[contenteditable]')!;
    // happy-dom has no editing commands: nobody makes the change.
    document.execCommand = () => false;
    const r = await applyToContentEditable(el, { start: 5, end: 23, text: 'EI OLE MAHDOLLISTA', replacement: 'x' }, settle);
    expect(r).toBe('failed');
    expect(el.textContent).toBe('Tämä EI OLE MAHDOLLISTA!!');
  });
});
