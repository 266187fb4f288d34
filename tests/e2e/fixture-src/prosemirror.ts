// ProseMirror fixture: the basic schema, history and the base keymap, as an app would set it up.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMParser as PMDOMParser } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

const content = document.querySelector('#content')!;
const host = document.querySelector<HTMLElement>('#editor')!;
const plugins = [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)];
const view = new EditorView(host, {
  state: EditorState.create({ doc: PMDOMParser.fromSchema(schema).parse(content), plugins }),
  // `data-spellcheck="false"` on the host: the editable gets spellcheck="false", as many ProseMirror apps set it.
  attributes: host.dataset.spellcheck === 'false' ? { spellcheck: 'false' } : {},
});
content.remove();
(window as unknown as { fixture: unknown }).fixture = {
  text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  set: (c: { html: string }) => {
    const el = document.createElement('div');
    el.innerHTML = c.html;
    view.updateState(EditorState.create({ doc: PMDOMParser.fromSchema(schema).parse(el), plugins }));
  },
};
