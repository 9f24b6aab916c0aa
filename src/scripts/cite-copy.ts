/**
 * 「引用をコピー」: shows the copy buttons (they do nothing without JavaScript, so they start
 * hidden) and copies 「計画名 第4章(2) 第3段落（原本 p.16〜） https://…#goals-p3」. The result is
 * announced in a status region and shown on the button for a moment.
 */
import { copyButtonLabels } from '../lib/labels/copy-buttons.ts';
import { copyText } from './clipboard.ts';

const citeStatus = document.getElementById('dx-cite-status');

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-cite-text]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = `${button.dataset.citeText} ${location.origin}${button.dataset.citePath}`;
    const ok = await copyText(text);
    if (citeStatus) citeStatus.textContent = ok ? copyButtonLabels.cite.copied(text) : copyButtonLabels.cite.failed(text);
    button.dataset.copiedText = copyButtonLabels.cite.mark;
    button.dataset.copied = ok ? 'true' : 'false';
    setTimeout(() => delete button.dataset.copied, 3000);
  });
}
export {};
