import { ref } from 'vue';

/** A fresh Idempotency-Key (random, also outside secure contexts). */
export function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One action of a form: refused while it runs (the button is disabled), and its POST carries one
 * Idempotency-Key until it succeeds, so a repeat after a lost answer is not done twice.
 */
export function useAction() {
  const busy = ref(false);
  let key = newKey();
  async function run<T>(work: (key: string) => Promise<T>): Promise<T | undefined> {
    if (busy.value) return undefined;
    busy.value = true;
    try {
      const result = await work(key);
      key = newKey();
      return result;
    } finally {
      busy.value = false;
    }
  }
  return { busy, run };
}
