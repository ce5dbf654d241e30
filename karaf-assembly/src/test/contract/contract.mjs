#!/usr/bin/env node
// Contract test of a running KIM platform against its own OpenAPI document (GET operations, five roles).
// usage: npm ci && KIM_URL=http://localhost:8181 [KIM_CONTRACT_OUT=target-out] node contract.mjs
// exit 0: every assertion passed for every role and no answer was a 5xx; 1: failures; 2: harness could not run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const KIM_URL = (process.env.KIM_URL || 'http://localhost:8181').replace(/\/+$/, '');
const BASE = `${KIM_URL}/api/v1`;
const OUT = path.resolve(process.env.KIM_CONTRACT_OUT || 'target-out');
const TOOL_TIMEOUT_MS = 120_000;
const BIN = path.join(HERE, 'node_modules', '.bin');
const USERS = {
  casemanager: ['cm.kreis', 'kim-demo'],
  coordinator: ['ki.koordination', 'kim-demo'],
  steering: ['steuerung', 'kim-demo'],
  admin: ['admin', 'admin'],
  dpo: ['dsb', 'kim-demo'],
};
const AGS = '05958044'; // Sundern: a KIM town cm.kreis sees
const MAX = 300;

const fiveXX = []; // every answer >= 500, from setup and from newman
const problems = []; // harness-level failures (login, tools, missing executions)
const warnings = [];
const short = (s, n = MAX) => { s = String(s).replace(/\s+/g, ' ').trim(); return s.length > n ? `${s.slice(0, n - 3)}...` : s; };
const readJson = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));
const writeJson = (f, o) => fs.writeFileSync(f, `${JSON.stringify(o, null, 2)}\n`);

async function call(role, method, rel, { body, headers = {} } = {}) {
  const [user, pass] = USERS[role];
  const res = await fetch(`${BASE}${rel}`, {
    method,
    body,
    headers: { Authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`, Accept: 'application/json', ...headers },
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (res.status >= 500) fiveXX.push(`setup: ${method} ${rel} as ${user} -> ${res.status} ${short(text, 120)}`);
  let json;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, json, text, date: res.headers.get('date') };
}

// ---------- 1. the OpenAPI document and the operations it declares
async function loadOpenApi() {
  let res;
  try { res = await fetch(`${BASE}/openapi.json`, { signal: AbortSignal.timeout(30_000) }); } catch (e) {
    throw new Error(`no platform at ${KIM_URL}: ${e.cause?.message || e.message}`);
  }
  if (res.status !== 200) throw new Error(`GET ${BASE}/openapi.json -> ${res.status}`);
  const doc = await res.json();
  fs.writeFileSync(path.join(OUT, 'openapi.json'), JSON.stringify(doc, null, 2));
  const byId = {}; const byTemplate = {};
  for (const [p, item] of Object.entries(doc.paths || {})) {
    for (const [m, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !op.operationId) continue;
      const params = [...(item.parameters || []), ...(op.parameters || [])];
      byId[op.operationId] = { method: m.toUpperCase(), path: p, pathParams: params.filter((x) => x.in === 'path').map((x) => x.name) };
      byTemplate[`${m.toUpperCase()} ${p.replace(/\{([^}]+)\}/g, ':$1')}`] = op.operationId;
    }
  }
  return { byId, byTemplate };
}

// ---------- 2. which variables and path parameters the portman config supplies per operation
function configNeeds(config) {
  const needs = {}; const covered = {};
  for (const ow of config.overwrites || []) {
    const ids = ow.openApiOperationIds || (ow.openApiOperationId ? [ow.openApiOperationId] : []);
    const { overwriteRequestSecurity, ...rest } = ow;
    const vs = [...JSON.stringify(rest).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
    for (const id of ids) {
      vs.forEach((v) => (needs[id] ||= new Set()).add(v));
      (ow.overwriteRequestPathVariables || []).forEach((pv) => (covered[id] ||= new Set()).add(pv.key));
    }
  }
  return { needs, covered };
}

// ---------- 3. ids from the API itself, and the setup writes
async function discover(loginOk) {
  const vars = {}; const missing = {};
  const need = (cond, v, why) => { if (!cond) missing[v] = why; return cond; };
  const cm = 'casemanager'; const co = 'coordinator';
  if (need(loginOk[cm], 'caseId', 'cm.kreis cannot log in')) {
    const cases = await call(cm, 'GET', '/cases?size=1');
    vars.period = String(new Date(cases.date || Date.now()).getUTCFullYear() - 1); // last year, by the server's clock
    if (need(cases.status === 200 && cases.json?.[0]?.id != null, 'caseId', `GET /cases?size=1 -> ${cases.status}, no case`)) {
      vars.caseId = String(cases.json[0].id);
      if (cases.json[0].clientId) vars.clientId = String(cases.json[0].clientId); else missing.clientId = 'first case has no clientId';
    }
    const some = await call(cm, 'GET', '/cases?size=20');
    for (const c of (some.status === 200 && Array.isArray(some.json) ? some.json : [])) {
      const r = await call(cm, 'GET', `/cases/${c.id}/referrals?size=1`);
      if (r.status === 200 && r.json?.[0]?.id != null) { vars.referralId = String(r.json[0].id); break; }
    }
    need(vars.referralId, 'referralId', 'no referral in the first 20 cases');
    const ind = await call(cm, 'GET', '/indicators?size=1');
    if (need(ind.status === 200 && ind.json?.[0]?.id != null, 'indicatorId', `GET /indicators -> ${ind.status}, none`)) vars.indicatorId = String(ind.json[0].id);
    const mun = await call(cm, 'GET', `/municipalities/${AGS}`);
    if (need(mun.status === 200, 'ags', `GET /municipalities/${AGS} -> ${mun.status}`)) vars.ags = AGS;
    const off = await call(cm, 'GET', '/offices?size=1');
    if (need(off.status === 200 && off.json?.[0]?.id != null, 'officeId', `GET /offices -> ${off.status}, none`)) vars.officeId = String(off.json[0].id);
    const svc = await call(cm, 'GET', '/services?size=1');
    if (need(svc.status === 200 && svc.json?.[0]?.id != null, 'serviceId', `GET /services -> ${svc.status}, none`)) vars.serviceId = String(svc.json[0].id);
    if (need(vars.clientId && vars.caseId, 'documentId', 'no client to keep a document for')) {
      // the demo data has no document: keep a small PDF for the client (a write!)
      const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
      const q = `kind=OTHER&fileName=contract-test.pdf&caseId=${encodeURIComponent(vars.caseId)}`;
      const doc = await call(cm, 'POST', `/clients/${encodeURIComponent(vars.clientId)}/documents?${q}`,
        { body: pdf, headers: { 'Content-Type': 'application/pdf', 'X-Requested-By': 'contract-test' } });
      if (need(doc.status < 300 && doc.json?.id != null, 'documentId', `POST /clients/{id}/documents -> ${doc.status} ${short(doc.text, 120)}`)) vars.documentId = String(doc.json.id);
    }
  } else {
    for (const v of ['clientId', 'referralId', 'indicatorId', 'ags', 'officeId', 'serviceId', 'documentId']) missing[v] = 'cm.kreis cannot log in';
    vars.period = String(new Date().getUTCFullYear() - 1);
  }
  if (need(loginOk[co], 'meetingId', 'ki.koordination cannot log in') && need(loginOk[co], 'findingId', 'ki.koordination cannot log in')) {
    const meet = await call(co, 'GET', '/steering/meetings?size=1');
    if (need(meet.status === 200 && meet.json?.[0]?.id != null, 'meetingId', `GET /steering/meetings -> ${meet.status}, none`)) vars.meetingId = String(meet.json[0].id);
    const find = await call(co, 'GET', '/structural-findings?size=1');
    if (need(find.status === 200 && find.json?.[0]?.id != null, 'findingId', `GET /structural-findings -> ${find.status}, none`)) vars.findingId = String(find.json[0].id);
    // a monitoring snapshot and a state export of the period, so that their lists are not empty (writes!)
    const json = { 'Content-Type': 'application/json', 'X-Requested-By': 'contract-test' };
    const snap = await call(co, 'POST', '/steering/snapshots', { body: JSON.stringify({ period: Number(vars.period) }), headers: json });
    if (snap.status >= 300) warnings.push(`setup: POST /steering/snapshots -> ${snap.status} ${short(snap.text, 160)}`);
    const exp = await call(co, 'POST', `/exports/state?period=${vars.period}`, { headers: json });
    if (exp.status >= 300) warnings.push(`setup: POST /exports/state -> ${exp.status} ${short(exp.text, 160)}`);
  }
  return { vars, missing };
}

// ---------- 4. the tools
function tool(name, args, logFile) {
  const fd = fs.openSync(logFile, 'w');
  try {
    const r = spawnSync(process.execPath, [path.join(BIN, name), ...args],
      { cwd: OUT, stdio: ['ignore', fd, fd], timeout: TOOL_TIMEOUT_MS, killSignal: 'SIGKILL' });
    if (r.error) return { ok: false, why: `${name}: ${r.error.code === 'ETIMEDOUT' ? `timed out after ${TOOL_TIMEOUT_MS / 1000} s` : r.error.message}` };
    return { ok: r.status === 0, status: r.status, why: r.status === 0 ? '' : `${name} exit ${r.status ?? r.signal}` };
  } finally { fs.closeSync(fd); }
}

function findItems(items, map = new Map()) {
  for (const it of items || []) { if (it.request) map.set(it.id, it); if (it.item) findItems(it.item, map); }
  return map;
}

// the type of the value at an ajv v6 data path (data[0].a['b']) in the response body: null, array, object, string...
function actualAt(body, dataPath) {
  let v = body;
  for (const m of dataPath.replace(/^data/, '').matchAll(/\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]/g)) {
    if (v == null || typeof v !== 'object') return undefined;
    v = v[m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3])];
  }
  return v === null ? 'null' : Array.isArray(v) ? 'array' : v === undefined ? undefined : typeof v;
}

function describe(assertion, response) {
  const name = assertion.assertion.replace(/^\[\w+\]::\S+ - /, '');
  const msg = assertion.error.message || '';
  const m = msg.match(/found following errors:\s*([\s\S]*)$/);
  if (!m) return `${name}: ${msg}`;
  let body;
  try { body = JSON.parse(Buffer.from(response?.stream?.data || []).toString('utf8')); } catch { body = undefined; }
  const counts = new Map(); // "data[].x should be string, got null" -> n (array indices folded)
  for (const e of m[1].split(/,\s*(?=data\b)/)) {
    const err = e.trim(); if (!err) continue;
    const got = body === undefined ? undefined : actualAt(body, err.split(' ')[0]);
    const k = `${err.replace(/\[\d+\]/g, '[]')}${got ? `, got ${got}` : ''}`;
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  return `${name}: ${[...counts].map(([k, n]) => (n > 1 ? `${k} (x${n})` : k)).join('; ')}`;
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (/^(newman|collection|filter|portman)-|^summary\.txt$/.test(f)) fs.rmSync(path.join(OUT, f), { force: true });
  for (const t of ['portman', 'newman']) if (!fs.existsSync(path.join(BIN, t))) throw new Error(`${BIN}/${t} missing: run npm ci in ${HERE}`);
  const api = await loadOpenApi();
  const config = readJson(path.join(HERE, 'portman-config.json'));
  const { needs, covered } = configNeeds(config);

  // one authenticated GET per role first, so a wrong password is tried once, not for every request (lockout after 5)
  const loginOk = {};
  for (const role of Object.keys(USERS)) {
    const r = await call(role, 'GET', '/exports/state/schema');
    loginOk[role] = r.status === 200;
    if (!loginOk[role]) problems.push(`${role}: login check GET /exports/state/schema as ${USERS[role][0]} -> ${r.status}; role not run`);
  }
  const { vars, missing } = await discover(loginOk);
  console.log(`KIM contract test against ${BASE}`);
  console.log(`ids: ${Object.entries(vars).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  if (Object.keys(missing).length) console.log(`ids not found: ${Object.entries(missing).map(([k, v]) => `${k} (${v})`).join('; ')}`);

  const results = [];
  for (const [role, [user, pass]] of Object.entries(USERS)) {
    const res = { role, requests: 0, assertions: 0, failed: 0, fiveXX: 0, lines: [], notChecked: [], ok: false, ran: false };
    results.push(res);
    if (!loginOk[role]) continue;
    const filter = readJson(path.join(HERE, `filter-${role}.json`));
    const run = [];
    for (const id of filter.inverseOperationIds || []) {
      const op = api.byId[id];
      if (!op) { res.notChecked.push(`${id} (not in the OpenAPI document)`); continue; }
      if (op.method !== 'GET') { res.notChecked.push(`${id} (not a GET)`); continue; }
      const lack = [...(needs[id] || [])].filter((v) => vars[v] == null);
      const bare = op.pathParams.filter((p) => !covered[id]?.has(p));
      if (bare.length) res.notChecked.push(`${id} (portman-config.json gives no value for path parameter ${bare.join(', ')})`);
      else if (lack.length) res.notChecked.push(`${id} (no ${lack.map((v) => `${v}: ${missing[v] || 'not found'}`).join(', ')})`);
      else run.push(id);
    }
    if (!run.length) { problems.push(`${role}: no operation left to check`); continue; }
    const filterFile = path.join(OUT, `filter-${role}.json`);
    writeJson(filterFile, { ...filter, inverseOperationIds: run });
    const collection = path.join(OUT, `collection-${role}.json`);
    const t0 = Date.now();
    const pm = tool('portman', ['-l', path.join(OUT, 'openapi.json'), '-b', BASE, '-c', path.join(HERE, 'portman-config.json'),
      '--filterFile', filterFile, '-o', collection], path.join(OUT, `portman-${role}.log`));
    if (!pm.ok || !fs.existsSync(collection)) { problems.push(`${role}: portman failed (${pm.why || 'no collection'}), see portman-${role}.log`); continue; }
    const envVars = Object.entries({ username: user, password: pass, ...vars }).flatMap(([k, v]) => ['--env-var', `${k}=${v}`]);
    const report = path.join(OUT, `newman-${role}.json`);
    const nm = tool('newman', ['run', collection, ...envVars, '--reporters', 'cli,junit,json',
      // the CLI failure table of newman 6.2.2 hangs (100 % CPU) on the huge schema message of GET /cases
      '--reporter-cli-no-failures', '--color', 'off', '--timeout-request', '30000',
      '--reporter-junit-export', path.join(OUT, `newman-${role}.junit.xml`), '--reporter-json-export', report],
    path.join(OUT, `newman-${role}.txt`));
    res.seconds = ((Date.now() - t0) / 1000).toFixed(1);
    if (!fs.existsSync(report)) { problems.push(`${role}: newman wrote no report (${nm.why}), see newman-${role}.txt`); continue; }
    res.ran = true;
    const r = readJson(report);
    const items = findItems(r.collection?.item);
    res.requests = r.run.stats.requests.total; res.assertions = r.run.stats.assertions.total; res.failed = r.run.stats.assertions.failed;
    const executed = new Set();
    for (const ex of r.run.executions || []) {
      const it = items.get(ex.item?.id);
      const method = (it?.request?.method || ex.request?.method || 'GET').toUpperCase();
      const tpl = `/${(it?.request?.url?.path || []).join('/')}`;
      const opId = api.byTemplate[`${method} ${tpl}`] || `${method} ${tpl}`;
      executed.add(opId);
      const code = ex.response?.code;
      if (code >= 500) { res.fiveXX++; fiveXX.push(`${role}: ${opId} ${method} ${ex.request?.url?.path?.join('/') || tpl} -> ${code}`); }
      if (ex.requestError) res.lines.push(`${opId} ${code ?? '-'} request error: ${short(ex.requestError.message)}`);
      for (const a of ex.assertions || []) if (a.error) res.lines.push(`${opId} ${code ?? '-'} ${short(describe(a, ex.response))}`);
    }
    for (const f of r.run.failures || []) if (f.error && f.error.name !== 'AssertionError') res.lines.push(`${f.source?.name || '?'}: ${short(`${f.error.name}: ${f.error.message}`)}`);
    const notRun = run.filter((id) => !executed.has(id));
    if (notRun.length) problems.push(`${role}: in the filter but not executed: ${notRun.join(', ')}`);
    res.ok = nm.ok && res.failed === 0 && res.fiveXX === 0 && !notRun.length && res.requests > 0;
    if (!nm.ok && res.failed === 0 && !res.lines.length) problems.push(`${role}: ${nm.why}, see newman-${role}.txt`);
  }

  const out = [];
  out.push(`== KIM contract test: ${BASE} (${((Date.now() - started) / 1000).toFixed(0)} s), reports in ${OUT}`);
  for (const r of results) {
    out.push(`${r.role.padEnd(12)} ${USERS[r.role][0].padEnd(16)} ${r.ran ? `requests ${r.requests}, assertions ${r.assertions}, failed ${r.failed}, 5xx ${r.fiveXX}${r.seconds ? `, ${r.seconds} s` : ''}${r.ok ? ' OK' : ' FAILED'}` : 'NOT RUN'}`);
  }
  const failLines = results.flatMap((r) => r.lines.map((l) => `${r.role}: ${l}`));
  if (failLines.length) { out.push(`== ${failLines.length} failed assertions (operationId status test: schema path message)`); out.push(...failLines); }
  if (fiveXX.length) { out.push(`== ${fiveXX.length} answers with 5xx`); out.push(...fiveXX); }
  if (problems.length) { out.push('== harness problems'); out.push(...problems); }
  const nc = results.flatMap((r) => r.notChecked.map((l) => `${r.role}: ${l}`));
  if (nc.length) { out.push('== not checked (no id found, or not in the OpenAPI document; not a failure)'); out.push(...nc); }
  if (warnings.length) { out.push('== warnings'); out.push(...warnings); }
  const pass = results.every((r) => r.ok) && !fiveXX.length && !problems.length;
  out.push(pass ? '== PASSED' : '== FAILED');
  console.log(out.join('\n'));
  fs.writeFileSync(path.join(OUT, 'summary.txt'), `${out.join('\n')}\n`);
  return pass ? 0 : 1;
}

main().then((rc) => process.exit(rc), (e) => { console.error(`contract test could not run: ${e.message}`); process.exit(2); });
