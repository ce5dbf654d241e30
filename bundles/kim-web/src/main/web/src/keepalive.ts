import { ref, watch } from 'vue';
import { renew } from './api';
import { interrupt, session } from './session';

/**
 * Keeps the session alive while the user works: any key or pointer use renews it (at most once a minute)
 * through the refresh cookie, so a token never runs out under the user's hands. Without work the session
 * ends after its idle time; {@link warning} says so ahead (2 minutes, or a third of a short session).
 */
const RENEW_EVERY_MS = 60_000;

/** Seconds left before the idle end while the warning shows, else null. */
export const warning = ref<number | null>(null);

let lastRenewal = 0;
let active = false;

function activity(): void {
  active = true;
  const every = Math.min(RENEW_EVERY_MS, (session.idleEndsAt - lastRenewal) / 4);
  if (session.token && warning.value === null && Date.now() - lastRenewal > every) {
    lastRenewal = Date.now();
    active = false;
    void renew();
  }
}

/** The user chose to go on working (the warning's button): renew now. */
export async function keepWorking(): Promise<void> {
  lastRenewal = Date.now();
  warning.value = null;
  if (!(await renew())) interrupt();
}

function tick(): void {
  if (!session.token) {
    warning.value = null;
    return;
  }
  const now = Date.now();
  const left = session.idleEndsAt - now;
  const total = Math.max(1, session.idleEndsAt - lastRenewal);
  const ahead = Math.min(120_000, total / 3);
  if (left <= 0) {
    warning.value = null;
    interrupt();
  } else if (left <= ahead) {
    warning.value = Math.ceil(left / 1000);
  } else {
    warning.value = null;
    // the token runs out before the session: renew in time if the user worked since the last renewal
    if (active && session.expiresAt - now < 30_000) activity();
  }
}

/** Starts watching for work; called once when the application starts. */
export function keepAlive(): void {
  lastRenewal = Date.now();
  watch(() => session.idleEndsAt, () => {
    lastRenewal = Date.now();
  });
  for (const event of ['keydown', 'pointerdown', 'input']) window.addEventListener(event, activity, { passive: true, capture: true });
  window.setInterval(tick, 1000);
}
