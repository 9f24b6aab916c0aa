/**
 * 「引用をコピー」: shows the copy buttons (they do nothing without JavaScript, so they start
 * hidden) and copies 「計画名 第4章(2) 第3段落（原本 p.16〜） https://…#goals-p3」. The result is
 * announced in a status region and shown on the button for a moment.
 */
const citeStatus = document.getElementById('dx-cite-status');

/** Copies with the Clipboard API, or with a selected textarea where that is not allowed. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'dx-visually-hidden';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-cite-text]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = `${button.dataset.citeText} ${location.origin}${button.dataset.citePath}`;
    const ok = await copy(text);
    if (citeStatus) citeStatus.textContent = ok ? `引用をコピーしました：${text}` : `コピーできませんでした。次の文を選んでコピーしてください：${text}`;
    button.dataset.copied = ok ? 'true' : 'false';
    setTimeout(() => delete button.dataset.copied, 3000);
  });
}
export {};
