/**
 * Fixture pages for the end-to-end tests: one writing field each, built from the real editor libraries in
 * node_modules. Each page sets `window.fixture.text()` to what the editor's OWN API says the text is, and most
 * `window.fixture.set({ html, text })` to replace the content through the editor's own API (textareas take `text`).
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const DRAFT = 'Hei Maija, olisit lukenut ohjeet. Tämä EI OLE MAHDOLLISTA!!';

export interface Fixture {
  name: string;
  /** Selector of the element to click to start writing. */
  click: string;
  /** Selector of the iframe the editor lives in, when it does. */
  frame?: string;
  html: string;
}

const page = (title: string, head: string, body: string) =>
  `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${title}</title>${head}</head>` +
  `<body style="font: 16px sans-serif; margin: 24px">${body}</body></html>`;

export const FIXTURES: Fixture[] = [
  {
    name: 'textarea',
    click: '#editor',
    html: page(
      'textarea',
      '',
      `<textarea id="editor" rows="8" cols="70">${DRAFT}</textarea>
       <script>window.fixture = { text: () => document.querySelector('#editor').value, set: (c) => { document.querySelector('#editor').value = c.text; } };</script>`,
    ),
  },
  {
    name: 'react',
    click: '#editor',
    html: page('react', '', `<div id="root" data-initial="${DRAFT}"></div><script src="/build/react.js"></script>`),
  },
  {
    name: 'contenteditable',
    click: '#editor',
    html: page(
      'contenteditable',
      '',
      `<div id="editor" contenteditable="true" style="border:1px solid #999; min-height:120px; padding:8px"><p>${DRAFT}</p></div>
       <script>window.fixture = { text: () => document.querySelector('#editor').innerText, set: (c) => { document.querySelector('#editor').innerHTML = c.html; } };</script>`,
    ),
  },
  {
    name: 'shadow-root',
    click: '#editor',
    html: page(
      'contenteditable in an open shadow root',
      '',
      `<reply-box></reply-box>
       <script>
         const root = document.querySelector('reply-box').attachShadow({ mode: 'open' });
         root.innerHTML = '<div id="editor" contenteditable="true" style="border:1px solid #999;min-height:120px;padding:8px"><p>${DRAFT}</p></div>';
         window.fixture = { text: () => root.querySelector('#editor').innerText };
       </script>`,
    ),
  },
  {
    name: 'prosemirror',
    click: '#editor .ProseMirror',
    html: page(
      'prosemirror',
      '<style>.ProseMirror{border:1px solid #999;min-height:120px;padding:8px;white-space:pre-wrap}</style>',
      `<div id="editor"></div><div id="content" hidden><p>${DRAFT}</p></div><script src="/build/prosemirror.js"></script>`,
    ),
  },
  {
    // Editors built on ProseMirror (Tiptap and others) often turn the browser's spellchecker off: still coached.
    name: 'prosemirror-spellcheck-off',
    click: '#editor .ProseMirror',
    html: page(
      'prosemirror, spellcheck="false"',
      '<style>.ProseMirror{border:1px solid #999;min-height:120px;padding:8px;white-space:pre-wrap}</style>',
      `<div id="editor" data-spellcheck="false"></div><div id="content" hidden><p>${DRAFT}</p></div><script src="/build/prosemirror.js"></script>`,
    ),
  },
  {
    name: 'ckeditor5',
    click: '.ck-editor__editable',
    html: page(
      'ckeditor5',
      '<link rel="stylesheet" href="/ckeditor5/ckeditor5.css">',
      `<div id="editor"><p>${DRAFT}</p></div>
       <script src="/ckeditor5/ckeditor5.umd.js"></script>
       <script>
         const { ClassicEditor, Essentials, Paragraph, BlockQuote } = window.CKEDITOR;
         ClassicEditor.create(document.querySelector('#editor'), { licenseKey: 'GPL', plugins: [Essentials, Paragraph, BlockQuote], toolbar: [] })
           .then((editor) => { window.fixture = { text: () => editor.getData().replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' '), set: (c) => editor.setData(c.html) }; });
       </script>`,
    ),
  },
  {
    name: 'tinymce',
    click: 'body',
    frame: 'iframe',
    html: page(
      'tinymce',
      '',
      `<textarea id="editor"><p>${DRAFT}</p></textarea>
       <script src="/tinymce/tinymce.min.js"></script>
       <script>
         tinymce.init({ selector: '#editor', license_key: 'gpl', base_url: '/tinymce', suffix: '.min', menubar: false,
           toolbar: false, statusbar: false, promotion: false, branding: false, height: 240 })
           .then(([editor]) => { window.fixture = { text: () => editor.getContent({ format: 'text' }), set: (c) => editor.setContent(c.html) }; });
       </script>`,
    ),
  },
  {
    name: 'quill',
    click: '#editor .ql-editor',
    html: page(
      'quill',
      '<link rel="stylesheet" href="/quill/quill.snow.css">',
      `<div id="editor" style="height:200px"><p>${DRAFT}</p></div>
       <script src="/quill/quill.js"></script>
       <script>
         const quill = new Quill('#editor', { theme: 'snow', modules: { toolbar: false } });
         window.fixture = { text: () => quill.getText(), set: (c) => quill.clipboard.dangerouslyPasteHTML(c.html) };
       </script>`,
    ),
  },
];

/** Bundles the fixtures that need it (ProseMirror, React) into `dir`. */
export async function buildFixtureScripts(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const src = join(import.meta.dirname, 'fixture-src');
  await build({
    entryPoints: { prosemirror: join(src, 'prosemirror.ts'), react: join(src, 'react.ts') },
    bundle: true,
    format: 'iife',
    outdir: dir,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}
