import { describe, it, expect } from 'vitest';
import { createShiftCounter } from './shift-counter';

const shift = { key: 'Shift', shiftKey: false, touchTyping: false };
const letter = (key: string, shiftKey = false) => ({ key, shiftKey, touchTyping: false });

describe('quick exit: Shift three times', () => {
  it('leaves on the third Shift within five seconds of each other', () => {
    const c = createShiftCounter();
    expect(c.keyup(shift, 0)).toEqual({ type: 'count', remaining: 2 });
    expect(c.keyup(shift, 4000)).toEqual({ type: 'count', remaining: 1 });
    expect(c.keyup(shift, 8900)).toEqual({ type: 'exit' });
  });

  it('starts again at one when a press comes more than five seconds later', () => {
    const c = createShiftCounter();
    c.keyup(shift, 0);
    c.keyup(shift, 1000);
    expect(c.keyup(shift, 6001)).toEqual({ type: 'count', remaining: 2 });
  });

  it('never counts Shift used to type a capital', () => {
    const c = createShiftCounter();
    for (let t = 0; t < 10; t++) {
      expect(c.keyup(letter('A', true), t * 10)).toEqual({ type: 'ignore' });
      expect(c.keyup(shift, t * 10 + 5)).toEqual({ type: 'ignore' });
    }
    expect(c.count).toBe(0);
  });

  it('resets after two Shifts and another key', () => {
    const c = createShiftCounter();
    c.keyup(shift, 0);
    c.keyup(shift, 100);
    expect(c.keyup(letter('a'), 200)).toEqual({ type: 'reset' });
    expect(c.keyup(shift, 300)).toEqual({ type: 'count', remaining: 2 });
  });

  it('ignores the on-screen keyboard Shift while typing in a text field on a touch screen', () => {
    const c = createShiftCounter();
    const touchShift = { ...shift, touchTyping: true };
    expect([c.keyup(touchShift, 0), c.keyup(touchShift, 10), c.keyup(touchShift, 20)]).toEqual([
      { type: 'ignore' },
      { type: 'ignore' },
      { type: 'ignore' },
    ]);
  });

  it('stops counting when the time runs out, and says so only when there was a count', () => {
    const c = createShiftCounter();
    expect(c.expire()).toBe(false);
    c.keyup(shift, 0);
    expect(c.expire()).toBe(true);
    expect(c.count).toBe(0);
  });
});

describe('left and right Shift', () => {
  it('count alike, also when they alternate or overlap', () => {
    const c = createShiftCounter();
    // Right Shift pressed while the left one is still down: its keyup still says shiftKey.
    expect(c.keyup({ key: 'Shift', shiftKey: true, touchTyping: false }, 0)).toEqual({ type: 'count', remaining: 2 });
    expect(c.keyup({ key: 'Shift', shiftKey: false, touchTyping: false }, 100)).toEqual({ type: 'count', remaining: 1 });
    expect(c.keyup({ key: 'Shift', shiftKey: false, touchTyping: false }, 200)).toEqual({ type: 'exit' });
  });
});
