/** Small DOM helpers the sidebar's parts share; text is only ever set with textContent. */
export const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

export function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

/** Shows a message in an alert box, or hides the box when there is none. */
export function showMessage(box: HTMLElement, message: string | null): void {
  box.hidden = !message;
  box.textContent = message ?? '';
}

/** A status line: its text and its look (busy, done). */
export function setStatusOf(line: HTMLElement, text: string, kind: '' | 'busy' | 'ok' = ''): void {
  line.textContent = text;
  line.className = `status${kind ? ` ${kind}` : ''}`;
}
