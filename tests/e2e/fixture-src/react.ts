// React fixture: a controlled textarea; the state is the truth, the DOM only mirrors it.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';

let current = '';
function Reply({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  current = value;
  return createElement('textarea', {
    id: 'editor',
    rows: 8,
    cols: 70,
    value,
    onChange: (e: { target: { value: string } }) => setValue(e.target.value),
  });
}
const host = document.querySelector('#root')!;
createRoot(host).render(createElement(Reply, { initial: host.getAttribute('data-initial') ?? '' }));
(window as unknown as { fixture: unknown }).fixture = { text: () => current };
