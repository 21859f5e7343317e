import { describe, expect, it } from 'vitest';
import { planCarryOver, type ControlState } from './carry-over';

const home: ControlState[] = [{ kind: 'a' }, { kind: 'input:search', value: '' }, { kind: 'a' }, { kind: 'a' }];
const overview: ControlState[] = [{ kind: 'input:checkbox', checked: false }, { kind: 'input:checkbox', checked: false }, { kind: 'a' }];

describe('planCarryOver', () => {
  it('replays what was typed into a field and keeps the caret where it was', () => {
    const before = home.map((control) => (control.kind === 'input:search' ? { ...control, value: 'defen' } : control));
    expect(planCarryOver(before, { index: 1, selection: [5, 5] }, home)).toEqual({
      edits: [{ index: 1, value: 'defen' }],
      focus: { index: 1, selection: [5, 5] },
    });
  });

  it('replays ticked boxes only, and focus on a link by its position', () => {
    const before = overview.map((control, index) => (index === 1 ? { ...control, checked: true } : control));
    expect(planCarryOver(before, { index: 2 }, overview)).toEqual({ edits: [{ index: 1, checked: true }], focus: { index: 2 } });
  });

  it('carries nothing when the admin did nothing', () => {
    expect(planCarryOver(home, null, home)).toEqual({ edits: [], focus: null });
  });

  it('carries nothing when the app did not render the same controls in the same order', () => {
    const typed = home.map((control) => (control.kind === 'input:search' ? { ...control, value: 'mail' } : control));
    expect(planCarryOver(typed, { index: 1 }, home.slice(1))).toEqual({ edits: [], focus: null });
    expect(planCarryOver(typed, { index: 1 }, [...home.slice(0, 3), { kind: 'button' }])).toEqual({ edits: [], focus: null });
  });
});
