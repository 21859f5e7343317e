/** A link or form control of a page, as the takeover compares the static page with the app's. */
export interface ControlState {
  /** Tag and, for inputs, type: `a`, `button`, `input:search`, `input:checkbox`, `select`… */
  kind: string;
  /** What the admin typed or picked (text fields, selects). */
  value?: string;
  /** Ticked or not (checkboxes, radios). */
  checked?: boolean;
}

export interface CarriedFocus {
  index: number;
  /** The caret or selection in a text field. */
  selection?: [number, number];
}

export interface CarryOver {
  /** Controls to set on the app's page, by position: what the admin changed on the static page. */
  edits: Array<{ index: number; value?: string; checked?: boolean }>;
  focus: CarriedFocus | null;
}

const sameKinds = (a: ControlState[], b: ControlState[]) =>
  a.length === b.length && a.every((control, index) => control.kind === b[index]?.kind);

/**
 * What to replay on the app's first render so an admin who typed, ticked or tabbed on the painted static page keeps it
 * when the app replaces that page. Positions stand for controls only when both pages list the same kinds of control in
 * the same order (the app renders what the prerender rendered); when they do not, nothing is carried rather than the
 * wrong control.
 */
export function planCarryOver(before: ControlState[], focus: CarriedFocus | null, after: ControlState[]): CarryOver {
  if (!sameKinds(before, after)) return { edits: [], focus: null };
  const edits = before.flatMap((control, index) => {
    const edit: CarryOver['edits'][number] = { index };
    if (control.value !== undefined && control.value !== after[index]?.value) edit.value = control.value;
    if (control.checked !== undefined && control.checked !== after[index]?.checked) edit.checked = control.checked;
    return Object.keys(edit).length > 1 ? [edit] : [];
  });
  return { edits, focus };
}
