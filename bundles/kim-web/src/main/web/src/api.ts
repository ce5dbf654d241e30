import { i18n } from './i18n';
import { end, session, start } from './session';

/** An RFC 9457 problem as the KIM API answers it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  violations?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

const BASE = '/api/v1';

/** Calls the KIM API with the session's token; a 401 ends the session. */
export async function api<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(BASE + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
    signal,
  });
  if (response.status === 401 && session.token) end();
  if (!response.ok) throw new ApiError(response.status, await problem(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Fetches a file of the API with the session's token (a plain link would carry none) and saves it. */
export async function download(path: string, name: string): Promise<void> {
  const response = await fetch(BASE + path, {
    headers: session.token ? { Authorization: `Bearer ${session.token}` } : {},
    credentials: 'omit',
    cache: 'no-store',
  });
  if (response.status === 401 && session.token) end();
  if (!response.ok) throw new ApiError(response.status, await problem(response));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Logs in with user name and password (HTTP Basic, once) and keeps only the signed token it returns. */
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
    credentials: 'omit',
    cache: 'no-store',
  });
  if (!response.ok) throw new ApiError(response.status, await problem(response));
  const answer = (await response.json()) as { access_token: string; expires_in: number };
  start(answer.access_token, answer.expires_in);
}

async function problem(response: Response): Promise<Problem> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return { status: response.status };
  }
}

/** The server's per-field messages of a 422 (or 400), by field name. */
export function fieldErrors(e: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (e instanceof ApiError) for (const v of e.problem.violations ?? []) result[v.field] = v.message;
  return result;
}

/** A line for the user: the problem's detail, or what went wrong. */
export function describe(e: unknown): string {
  if (e instanceof ApiError && e.problem.type === 'urn:kim:problem:read-only') return i18n.global.t('app.readOnlyRefused');
  return e instanceof ApiError ? e.message : String(e);
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
