import { i18n } from './i18n';
import type { Page } from './model';
import { end, interrupt, session, start } from './session';

/** An RFC 9457 problem as the KIM API answers it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  violations?: { field: string; message: string; code?: string }[];
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

const BASE = '/api/v1';

/** Extra headers of one call, e.g. an Idempotency-Key. */
export interface CallOptions { signal?: AbortSignal; headers?: Record<string, string> }

/**
 * Sends a request to the KIM API with the session's token. A 401 renews the session once through its refresh
 * cookie and repeats the request; if the session cannot be renewed, the page stays and a login dialog continues
 * it. A failed answer becomes an {@link ApiError}.
 */
async function authorized(path: string, init: RequestInit & { headers?: Record<string, string> }): Promise<Response> {
  const send = () => fetch(BASE + path, {
    ...init,
    headers: { ...init.headers, ...(session.token ? { Authorization: `Bearer ${session.token}` } : {}) },
    credentials: 'omit',
    cache: 'no-store',
  });
  let response = await send();
  if (response.status === 401 && session.user) {
    if (await renew()) response = await send();
    else interrupt();
  }
  if (!response.ok) throw new ApiError(response.status, await problem(response));
  return response;
}

/** Calls the KIM API with a JSON body (if any) and reads its JSON answer. */
export async function api<T>(method: string, path: string, body?: unknown, options?: AbortSignal | CallOptions): Promise<T> {
  const { signal, headers: extra } = options instanceof AbortSignal ? { signal: options, headers: undefined } : options ?? {};
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.global.locale.value, ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await authorized(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * Reads one page of a list: the body is the array of its records, the headers say how many there are in all
 * (X-Total-Count) and whether a search stopped counting (X-Total-Count-Capped).
 */
export async function apiPage<T>(path: string, signal?: AbortSignal): Promise<Page<T>> {
  const headers = { Accept: 'application/json', 'Accept-Language': i18n.global.locale.value };
  const response = await authorized(path, { method: 'GET', headers, signal });
  const items = (await response.json()) as T[];
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  return {
    items,
    page: Number(query.get('page') ?? 0),
    size: Number(query.get('size') ?? items.length),
    total: Number(response.headers.get('X-Total-Count') ?? items.length),
    totalCapped: response.headers.get('X-Total-Count-Capped') === 'true',
  };
}

/** Fetches a file of the API with the session's token (a plain link would carry none) and saves it. */
export async function download(path: string, name: string): Promise<void> {
  const response = await authorized(path, { method: 'GET' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Uploads a file as the body of a POST (a document); the answer's JSON. */
export async function upload<T>(path: string, file: Blob, type: string): Promise<T> {
  const response = await authorized(path, { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': type }, body: file });
  return (await response.json()) as T;
}

/** The answer of POST /auth/token and /auth/refresh. */
interface TokenAnswer { access_token: string; expires_in: number; refresh_expires_in: number }

/**
 * Logs in with user name and password (HTTP Basic, once) and keeps only the signed token it returns; the
 * answer also sets the session's refresh cookie, which only the browser sees.
 */
export async function login(user: string, password: string): Promise<void> {
  const credentials = new TextEncoder().encode(`${user}:${password}`);
  const response = await fetch(`${BASE}/auth/token`, {
    method: 'POST',
    // JSON, also without a body: the API takes no POST with Basic credentials that another site could send
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${btoa(String.fromCharCode(...credentials))}`,
    },
    credentials: 'same-origin',
    cache: 'no-store',
  });
  if (!response.ok) throw new ApiError(response.status, await problem(response));
  const answer = (await response.json()) as TokenAnswer;
  start(answer.access_token, answer.expires_in, answer.refresh_expires_in);
}

let renewing: Promise<boolean> | null = null;

/** Renews the session through its refresh cookie (also after a reload); false if it has ended. */
export function renew(): Promise<boolean> {
  renewing ??= (async () => {
    try {
      const response = await fetch(`${BASE}/auth/refresh`, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store',
      });
      if (!response.ok) return false;
      const answer = (await response.json()) as TokenAnswer;
      start(answer.access_token, answer.expires_in, answer.refresh_expires_in);
      return true;
    } catch {
      return false;
    } finally {
      renewing = null;
    }
  })();
  return renewing;
}

/** Logs out: the server ends the session of the refresh cookie, and the page forgets the user. */
export async function logout(): Promise<void> {
  try {
    await fetch(`${BASE}/auth/logout`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } finally {
    end();
  }
}

async function problem(response: Response): Promise<Problem> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return { status: response.status };
  }
}

/** A violation in the reader's language: by its machine code, the server's words only for an unknown code. */
function violationText(v: { message: string; code?: string }): string {
  const key = `violation.${(v.code ?? 'invalid').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`;
  const limit = /-?\d+(\.\d+)?/.exec(v.message)?.[0] ?? '';
  return v.code && i18n.global.te(key) ? i18n.global.t(key, { n: limit }) : v.message;
}

/** The server's per-field messages of a 422 (or 400), by field name, in the reader's language. */
export function fieldErrors(e: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (e instanceof ApiError) for (const v of e.problem.violations ?? []) result[v.field] = violationText(v);
  return result;
}

/**
 * A line for the user in the reader's language: by the problem's type (urn:kim:problem:…) or status; the
 * server's English detail only in English, or where no German text exists.
 */
export function describe(e: unknown): string {
  const t = i18n.global.t;
  if (!(e instanceof ApiError)) return t('problem.network');
  const type = (e.problem.type ?? '').replace('urn:kim:problem:', '');
  const known = `problem.${type.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`;
  if (type && i18n.global.te(known)) return t(known);
  if (e.status === 422 || e.status === 400) {
    const first = e.problem.violations?.[0];
    const label = first && i18n.global.te(`field.${first.field.replace(/\W/g, '_')}`)
      ? t(`field.${first.field.replace(/\W/g, '_')}`) : first?.field;
    return first ? t('problem.invalidField', { field: label, text: violationText(first) }) : t('problem.invalid');
  }
  if (i18n.global.locale.value === 'en') return e.message;
  if (e.status === 403) return t('error.forbidden');
  if (e.status === 404) return t('problem.notFound');
  if (e.status === 409) return t('problem.conflictGeneric');
  if (e.status === 413) return t('problem.tooLarge');
  if (e.status === 415) return t('problem.unsupported');
  return t('problem.server');
}

/** What the workspace must tell every user, from the public readiness answer (nothing if it cannot tell). */
export interface PlatformNotices {
  /** Changes are refused for now. */
  readOnly: boolean;
  /** The audit trail is switched off (benchmark setting): never on a system with real data. */
  auditOff: boolean;
}

export async function notices(): Promise<PlatformNotices> {
  try {
    const response = await fetch(`${BASE}/health/ready`, { credentials: 'omit', cache: 'no-store' });
    const ready = (await response.json()) as { checks?: { name: string; up: boolean; detail: string }[] };
    const checks = ready.checks ?? [];
    return {
      readOnly: checks.some((c) => c.name === 'read-only' && c.detail.startsWith('on')),
      auditOff: checks.some((c) => c.name === 'audit trail' && !c.up),
    };
  } catch {
    return { readOnly: false, auditOff: false };
  }
}
