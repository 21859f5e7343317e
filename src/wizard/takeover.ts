import { planCarryOver, type CarryOver, type ControlState } from './carry-over';

const CONTROLS = 'a[href], button, input, select, textarea';

const controlsIn = (root: ParentNode) => [...root.querySelectorAll(CONTROLS)];

function stateOf(element: Element): ControlState {
  if (element instanceof HTMLInputElement) {
    const kind = `input:${element.type}`;
    return element.type === 'checkbox' || element.type === 'radio' ? { kind, checked: element.checked } : { kind, value: element.value };
  }
  if (element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)
    return { kind: element.localName, value: element.value };
  return { kind: element.localName };
}

function selectionOf(element: Element): [number, number] | undefined {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return undefined;
  const { selectionStart, selectionEnd } = element; // null for inputs without a caret (checkboxes)
  return selectionStart === null || selectionEnd === null ? undefined : [selectionStart, selectionEnd];
}

/** Sets a field as typing would, so React's change handler sees it (the prototype's setter skips React's own). */
function typeInto(element: Element, value: string) {
  const prototype =
    element instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : element instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function replay(controls: Element[], plan: CarryOver) {
  const focusTarget = plan.focus ? controls[plan.focus.index] : undefined;
  for (const edit of plan.edits) {
    const control = controls[edit.index];
    if (!control) continue;
    if (edit.checked !== undefined && control instanceof HTMLInputElement) {
      // A click toggles a checkbox; a radio it only selects (picking it unselects the rest of its group).
      if (control.checked !== edit.checked && (edit.checked || control.type === 'checkbox')) control.click();
    } else if (edit.value !== undefined) typeInto(control, edit.value);
  }
  // After the edits: typing moves the caret to the end, and a search may have filtered the focused link away.
  if (!(focusTarget instanceof HTMLElement) || !focusTarget.isConnected) return;
  focusTarget.focus({ preventScroll: true });
  const selection = plan.focus?.selection;
  if (selection && (focusTarget instanceof HTMLInputElement || focusTarget instanceof HTMLTextAreaElement)) {
    focusTarget.setSelectionRange(...selection);
  }
}

/**
 * Follows the painted static page until the app replaces it (the app renders into `container`), then gives the app's
 * page what the admin did on the static one meanwhile: what they typed, what they ticked, where focus was. On a slow
 * network that is a second or more in which an admin may well start typing a search.
 */
export function carryOverWhenReplaced(staticPage: HTMLElement, container: HTMLElement): void {
  let focused: Element | null = staticPage.contains(document.activeElement) ? document.activeElement : null;
  const onFocusIn = (event: FocusEvent) => (focused = event.target as Element);
  const onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && staticPage.contains(event.relatedTarget)) return;
    // Focus left the page's controls, unless this blur is the page being removed by the takeover itself.
    queueMicrotask(() => {
      if (staticPage.isConnected && !staticPage.contains(document.activeElement)) focused = null;
    });
  };
  staticPage.addEventListener('focusin', onFocusIn);
  staticPage.addEventListener('focusout', onFocusOut);
  const observer = new MutationObserver(() => {
    if (staticPage.isConnected) return;
    observer.disconnect();
    staticPage.removeEventListener('focusin', onFocusIn);
    staticPage.removeEventListener('focusout', onFocusOut);
    const before = controlsIn(staticPage);
    const after = controlsIn(container);
    const index = focused ? before.indexOf(focused) : -1;
    const focus = focused && index >= 0 ? { index, selection: selectionOf(focused) } : null;
    replay(after, planCarryOver(before.map(stateOf), focus, after.map(stateOf)));
  });
  observer.observe(container, { childList: true });
}
