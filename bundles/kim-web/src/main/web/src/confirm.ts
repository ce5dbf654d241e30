import { reactive } from 'vue';

/**
 * Asks before a consequential action (data leave for another office, a consent ends, a phase cannot be undone,
 * a case closes): the dialog names the consequence; the promise says whether the user went ahead.
 */
export interface Question { title: string; text: string; action: string; danger?: boolean }

export const asking = reactive<{ question: Question | null; answer: ((yes: boolean) => void) | null }>({ question: null, answer: null });

export function confirm(question: Question): Promise<boolean> {
  asking.answer?.(false);
  return new Promise((resolve) => {
    asking.question = question;
    asking.answer = (yes) => {
      asking.question = null;
      asking.answer = null;
      resolve(yes);
    };
  });
}
