import { reactive, readonly } from 'vue';

/**
 * The logged-in user, held in memory only: nothing of it reaches browser storage or the address bar,
 * so closing or reloading the tab ends the session, and logging out forgets the token at once.
 */
interface State {
  token: string | null;
  user: string | null;
  names: string[];
  expiresAt: number;
}

const state = reactive<State>({ token: null, user: null, names: [], expiresAt: 0 });
let expiry: ReturnType<typeof setTimeout> | undefined;
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

export function start(token: string, lifetimeSeconds: number): void {
  const claims = decode(token);
  state.token = token;
  state.user = typeof claims.sub === 'string' ? claims.sub : null;
  state.names = Array.isArray(claims.kim_names) ? claims.kim_names.map(String) : [];
  state.expiresAt = Date.now() + lifetimeSeconds * 1000;
  clearTimeout(expiry);
  expiry = setTimeout(() => end(), lifetimeSeconds * 1000);
}

export function end(): void {
  clearTimeout(expiry);
  state.token = null;
  state.user = null;
  state.names = [];
  state.expiresAt = 0;
  listeners.forEach((l) => l());
}

/** Called whenever the session ends (logout, expiry, a 401 from the API). */
export function onEnd(listener: () => void): void {
  listeners.push(listener);
}

function decode(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}
