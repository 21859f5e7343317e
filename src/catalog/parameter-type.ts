import type { ParameterType } from './types';

/** How a parameter of this definition type is shown: a checkbox, a select, or a text field. */
export type ParameterKind = 'text' | 'checkbox' | 'select';

export function kindOf(type: ParameterType): ParameterKind {
  if (type === 8) return 'checkbox';
  if (type === 15 || type === 16) return 'select';
  return 'text';
}

/** The JSON value the product hands the integration's code for a parameter of this type. */
export type ExportedValue = string | boolean | string[] | { identifier: string; password?: string };

/** What a definition type means, in words the drift report and the docs use. */
export const TYPE_NAMES: Record<ParameterType, string> = {
  0: 'text',
  4: 'encrypted text',
  8: 'checkbox',
  9: 'credentials',
  12: 'long text',
  14: 'encrypted long text',
  15: 'single select',
  16: 'multi select',
};

/** A row's value (the sheet keeps every value as text) in the JSON shape of its type; credentials are paired by the caller. */
export function exportScalar(type: Exclude<ParameterType, 9>, value: string): string | boolean | string[] {
  if (type === 8) return value === 'true';
  if (type === 16)
    return value
      .split(',')
      .map((option) => option.trim())
      .filter(Boolean);
  return value;
}
