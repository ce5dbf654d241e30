import { reactive, readonly } from 'vue';

/**
 * The logged-in user, held in memory only: nothing of it reaches browser storage or the address bar. The
 * session itself lives in an HttpOnly refresh cookie that no script can read: it renews the token while the
 * user works and after a reload, and ends after the idle time without work (or on logout).
 */
interface State {
  token: string | null;
  user: string | null;
  names: string[];
  /** When the bearer token expires (epoch ms). */
  expiresAt: number;
  /** When the session ends unless renewed (epoch ms). */
  idleEndsAt: number;
  /** The session ended while the page was open: a login dialog over the page continues it. */
  interrupted: boolean;
}

const state = reactive<State>({ token: null, user: null, names: [], expiresAt: 0, idleEndsAt: 0, interrupted: false });
const listeners: (() => void)[] = [];

export const session = readonly(state);

/** The KIM roles the realm gave the user (KIM_CASE_MANAGER, KIM_COORDINATOR, …). */
export function roles(): string[] {
  return state.names.filter((n) => n.startsWith('KIM_'));
}

export function hasRole(...wanted: string[]): boolean {
  return roles().some((r) => wanted.includes(r));
}

/** The scope: the municipality key (AGS, or 05958 for the whole district), if any. */
export function municipality(): string | null {
  const entry = state.names.find((n) => n.startsWith('municipality:'));
  return entry ? entry.substring('municipality:'.length) : null;
}

/** The office the user works for, if the realm names one (office:15). */
export function office(): number | null {
  const entry = state.names.find((n) => n.startsWith('office:'));
  return entry ? Number(entry.substring('office:'.length)) : null;
}

/**
 * Whether the user works for a receiving office (a Jobcenter, an Ausländerbehörde: an office and no
 * municipality of KIM case management): such a user answers referrals and works the cases it holds.
 */
export function receivingOffice(): boolean {
  return office() !== null && municipality() === null;
}

/** Starts or renews the session with a token valid {@code lifetimeSeconds} and a session idle end. */
export function start(token: string, lifetimeSeconds: number, idleSeconds: number): void {
  const claims = decode(token);
  const user = typeof claims.sub === 'string' ? claims.sub : null;
  if (state.user && user !== state.user) {
    // another person logged in over an interrupted page: nothing of the first user's page stays
    window.location.assign('/kim/');
    return;
  }
  state.token = token;
  state.user = user;
  state.names = Array.isArray(claims.kim_names) ? claims.kim_names.map(String) : [];
  state.expiresAt = Date.now() + lifetimeSeconds * 1000;
  state.idleEndsAt = Date.now() + idleSeconds * 1000;
  state.interrupted = false;
}

/**
 * The session ended while the user was on a page (idle time over, or the renewal refused): the token is
 * forgotten, the page and its unsaved input stay, and a login dialog continues the work.
 */
export function interrupt(): void {
  if (!state.user) return;
  state.token = null;
  state.interrupted = true;
}

/** Ends the session for good (logout): the user and everything shown are forgotten. */
export function end(): void {
  state.token = null;
  state.user = null;
  state.names = [];
  state.expiresAt = 0;
  state.idleEndsAt = 0;
  state.interrupted = false;
  listeners.forEach((l) => l());
}

/** Called whenever the session ends for good (logout). */
export function onEnd(listener: () => void): void {
  listeners.push(listener);
}

function decode(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}
