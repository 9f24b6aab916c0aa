/**
 * 「コードをコピー」 beside the <iframe> code of an indicator: shows the button (the code is a
 * readonly field that can be selected and copied without JavaScript), copies the code and says so
 * in a status region. When the build knew no public address, the code's address is made absolute
 * here with the address the page was opened at.
 */
import { copyButtonLabels } from '../lib/labels/copy-buttons.ts';
import { copyText } from './clipboard.ts';

for (const field of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-code]')) {
  if (field.value.includes('src="/')) field.value = field.value.replaceAll('src="/', `src="${location.origin}/`);
  const button = document.querySelector<HTMLButtonElement>(`button[data-copy-from="${field.id}"]`);
  const status = document.getElementById(`${field.id}-status`);
  if (!button) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const ok = await copyText(field.value);
    if (status) status.textContent = ok ? copyButtonLabels.embed.copied : copyButtonLabels.embed.failed;
    if (!ok) field.select();
  });
}
export {};
