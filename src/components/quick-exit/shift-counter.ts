/**
 * Counts "Shift pressed three times" for the quick exit (shared/design/quick-exit.md).
 * Pure: the caller passes each keyup and the time, so the rules are unit-tested without a DOM.
 *
 * - Only a Shift keyup counts, and only when Shift was pressed alone: typing a capital fires a
 *   keyup of the letter with `shiftKey` set and then a Shift keyup; that Shift does not count.
 * - At most `windowMs` between presses; a slower press starts again at one.
 * - Any other key resets the count.
 * - While someone types in a text field on a touch screen the count is off: the on-screen
 *   keyboard's Shift must never throw them out (GOV.UK Frontend issue 4095).
 */
export interface KeyUp {
  key: string;
  shiftKey: boolean;
  /** True when the keyup comes from a text field on a touch device (on-screen keyboard). */
  touchTyping: boolean;
}

export type ShiftResult = { type: 'count'; remaining: number } | { type: 'exit' } | { type: 'reset' } | { type: 'ignore' };

export function createShiftCounter(needed = 3, windowMs = 5000) {
  let count = 0;
  let last = -Infinity;
  let lastWasModified = false;

  return {
    get count() {
      return count;
    },
    keyup(event: KeyUp, now: number): ShiftResult {
      const afterModifiedKey = lastWasModified;
      lastWasModified = event.key !== 'Shift' && event.shiftKey;
      if (event.key !== 'Shift') {
        // A key typed with Shift held (a capital) neither counts nor resets.
        if (event.shiftKey || count === 0) return { type: 'ignore' };
        count = 0;
        last = -Infinity;
        return { type: 'reset' };
      }
      // The Shift keyup that ends a capital letter, or the on-screen keyboard while typing.
      if (afterModifiedKey || event.touchTyping) return { type: 'ignore' };
      count = now - last <= windowMs ? count + 1 : 1;
      last = now;
      if (count >= needed) {
        count = 0;
        last = -Infinity;
        return { type: 'exit' };
      }
      return { type: 'count', remaining: needed - count };
    },
    /** The time ran out (the caller's timer): start again. */
    expire(): boolean {
      const had = count > 0;
      count = 0;
      last = -Infinity;
      return had;
    },
    reset() {
      count = 0;
      last = -Infinity;
      lastWasModified = false;
    },
  };
}
