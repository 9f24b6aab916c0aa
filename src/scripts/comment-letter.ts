/**
 * The comment letter composer (意見書). State lives in localStorage under `dx-letter:<plan>`;
 * the letter's text, CSV and e-mail come from src/lib/comments/letter.ts. Structural changes
 * (add, move, delete) re-render the list and put focus back where the reader was; typing only
 * updates the state and the preview, so focus and caret never jump.
 */
import {
  checkLetter,
  letterCsv,
  letterText,
  mailtoHref,
  moveOpinion,
  parseDraft,
  type LetterDraft,
  type LetterProblem,
} from '../lib/comments/letter.ts';
import { letterLabels } from '../lib/labels/letter.ts';
import { urls } from '../lib/urls.ts';

const words = letterLabels.composer;

const form = document.getElementById('dx-letter') as HTMLFormElement | null;
if (form) setUp(form);

function setUp(form: HTMLFormElement) {
  const { planId = '', planTitle = '', email = '', addressee = '' } = form.dataset;
  const addresseeLines = addressee ? addressee.split('\n') : [];
  const storageKey = `dx-letter:${planId}`;
  const list = document.getElementById('dx-letter-opinions') as HTMLOListElement;
  const template = document.getElementById('dx-opinion-template') as HTMLTemplateElement;
  const preview = document.getElementById('dx-letter-preview')!;
  const status = document.getElementById('dx-letter-status')!;
  const empty = document.getElementById('dx-letter-empty')!;
  const errors = document.getElementById('dx-letter-errors')!;
  let draft: LetterDraft = parseDraft(localStorage.getItem(storageKey));

  const save = () => {
    localStorage.setItem(storageKey, JSON.stringify(draft));
    preview.textContent = letterText(planTitle, draft, location.origin, addresseeLines);
    empty.hidden = draft.opinions.length > 0;
  };
  const announce = (message: string) => {
    status.textContent = message;
  };
  const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

  /** Draws the opinions; `focus` names the element to focus afterwards (`<id>:<field or action>`). */
  const render = (focus?: string) => {
    list.replaceChildren(
      ...draft.opinions.map((opinion, index) => {
        const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
        item.dataset.id = opinion.id;
        item.querySelector('[data-slot="number"]')!.textContent = String(index + 1);
        for (const which of item.querySelectorAll('[data-slot="which"]')) which.textContent = words.which(index + 1);
        for (const field of ['passage', 'opinion'] as const) {
          const control = item.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${field}"]`)!;
          control.id = `dx-opinion-${opinion.id}-${field}`;
          control.value = opinion[field];
          item.querySelector(`label[data-for="${field}"]`)!.setAttribute('for', control.id);
        }
        const error = item.querySelector<HTMLElement>('[data-slot="error"]')!;
        error.id = `dx-opinion-${opinion.id}-error`;
        item.querySelector('[data-field="opinion"]')!.setAttribute('aria-describedby', error.id);
        const link = item.querySelector<HTMLElement>('[data-slot="link"]')!;
        if (opinion.url) {
          const anchor = document.createElement('a');
          anchor.href = opinion.url;
          anchor.textContent = words.passageLink;
          link.replaceChildren(anchor);
        } else link.remove();
        (item.querySelector('[data-action="up"]') as HTMLButtonElement).disabled = index === 0;
        (item.querySelector('[data-action="down"]') as HTMLButtonElement).disabled = index === draft.opinions.length - 1;
        return item;
      }),
    );
    save();
    if (focus) {
      const [id, what] = focus.split(':');
      const item = list.querySelector<HTMLElement>(`[data-id="${CSS.escape(id!)}"]`);
      const target =
        item?.querySelector<HTMLElement>(`[data-field="${what}"], [data-action="${what}"]:not(:disabled)`) ??
        item?.querySelector<HTMLElement>('[data-field="opinion"]');
      target?.focus();
    }
  };

  // Personal fields.
  for (const input of form.querySelectorAll<HTMLInputElement>('fieldset > .dx-field input[data-field]')) {
    const field = input.dataset.field as 'name' | 'address' | 'contact';
    input.value = draft[field];
    input.addEventListener('input', () => {
      draft = { ...draft, [field]: input.value };
      save();
    });
  }

  // Typing in an opinion.
  list.addEventListener('input', (event) => {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const id = control.closest<HTMLElement>('[data-id]')?.dataset.id;
    const field = control.dataset.field as 'passage' | 'opinion' | undefined;
    if (!id || !field) return;
    draft = { ...draft, opinions: draft.opinions.map((o) => (o.id === id ? { ...o, [field]: control.value } : o)) };
    save();
  });

  // Move and delete.
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const id = button?.closest<HTMLElement>('[data-id]')?.dataset.id;
    if (!button || !id) return;
    const index = draft.opinions.findIndex((o) => o.id === id);
    const action = button.dataset.action;
    if (action === 'delete') {
      draft = { ...draft, opinions: draft.opinions.filter((o) => o.id !== id) };
      const next = draft.opinions[Math.min(index, draft.opinions.length - 1)];
      render(next ? `${next.id}:opinion` : undefined);
      if (!next) document.getElementById('dx-letter-add')!.focus();
      announce(words.deleted(index + 1));
      return;
    }
    const offset = action === 'up' ? -1 : 1;
    draft = moveOpinion(draft, index, offset);
    render(`${id}:${action}`);
    announce(words.moved(index + 1, offset < 0, index + 1 + offset));
  });

  document.getElementById('dx-letter-add')!.addEventListener('click', () => {
    const id = newId();
    draft = { ...draft, opinions: [...draft.opinions, { id, passage: '', url: '', opinion: '' }] };
    render(`${id}:passage`);
    announce(words.added(draft.opinions.length));
  });

  document.getElementById('dx-letter-clear')!.addEventListener('click', () => {
    if (!confirm(words.confirmClear)) return;
    draft = { name: '', address: '', contact: '', opinions: [] };
    for (const input of form.querySelectorAll<HTMLInputElement>('fieldset > .dx-field input[data-field]')) input.value = '';
    render();
    announce(words.cleared);
  });

  /** Shows the problems (summary with links + message at each field), or clears them. */
  const showProblems = (problems: LetterProblem[]) => {
    for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    for (const message of form.querySelectorAll<HTMLElement>('.dx-field__error')) {
      message.hidden = true;
      message.textContent = '';
    }
    errors.hidden = problems.length === 0;
    const items = problems.map((problem) => {
      const opinionId = problem.field.startsWith('opinion-') ? problem.field.slice('opinion-'.length) : null;
      const controlId = opinionId
        ? `dx-opinion-${opinionId}-opinion`
        : problem.field === 'opinions'
          ? 'dx-letter-add'
          : `dx-letter-${problem.field}`;
      const control = document.getElementById(controlId);
      const message = document.getElementById(opinionId ? `dx-opinion-${opinionId}-error` : `dx-letter-${problem.field}-error`);
      if (control && problem.field !== 'opinions') control.setAttribute('aria-invalid', 'true');
      if (message) {
        message.hidden = false;
        message.textContent = problem.message;
      }
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${controlId}`;
      a.textContent = problem.message;
      a.addEventListener('click', (event) => {
        event.preventDefault();
        control?.focus();
      });
      li.append(a);
      return li;
    });
    errors.querySelector('ul')!.replaceChildren(...items);
    if (problems.length > 0) errors.focus();
  };

  const download = (name: string, type: string, body: string) => {
    const url = URL.createObjectURL(new Blob([body], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  for (const button of form.querySelectorAll<HTMLButtonElement>('button[data-output]')) {
    button.addEventListener('click', async () => {
      const problems = checkLetter(draft);
      showProblems(problems);
      if (problems.length > 0) {
        announce(words.missing(problems.length));
        return;
      }
      const text = letterText(planTitle, draft, location.origin, addresseeLines);
      const fileBase = words.fileName(planId);
      switch (button.dataset.output) {
        case 'copy':
          try {
            await navigator.clipboard.writeText(text);
            announce(words.copied);
          } catch {
            announce(words.copyFailed);
            preview.focus();
          }
          break;
        case 'print':
          window.print();
          break;
        case 'text':
          download(`${fileBase}.txt`, 'text/plain;charset=utf-8', `\uFEFF${text.replace(/\n/g, '\r\n')}`);
          announce(words.savedText);
          break;
        case 'csv':
          download(`${fileBase}.csv`, 'text/csv;charset=utf-8', letterCsv(planTitle, draft, location.origin));
          announce(words.savedCsv);
          break;
        case 'mail':
          location.href = mailtoHref(email, planTitle, text);
          break;
      }
    });
  }

  // Arriving from 「この箇所に意見を書く」: add an opinion for that passage (once), then tidy the URL.
  const params = new URLSearchParams(location.search);
  const cite = params.get('cite');
  const at = /^([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(params.get('at') ?? '');
  const passage = cite ? `${planTitle} ${cite}` : null;
  let focus: string | undefined;
  if (passage) {
    const url = at ? urls.chapter(planId, at[1]!, at[2]) : '';
    const existing = draft.opinions.find((o) => o.url === url && o.passage === passage && o.opinion.trim() === '');
    const id = existing?.id ?? newId();
    if (!existing) draft = { ...draft, opinions: [...draft.opinions, { id, passage, url, opinion: '' }] };
    focus = `${id}:opinion`;
    history.replaceState(null, '', location.pathname);
  }
  for (const fallback of document.querySelectorAll('[data-no-js-only]')) fallback.remove();
  form.hidden = false;
  render(focus);
  if (passage) announce(words.prefilled(passage));
}
