// Prints the gzipped size of the shipped JavaScript and fails the build above the budget (issue 9: 350 KB).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 350;
const out = process.env.KIM_WEB_OUT ?? 'dist';
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js')) files.push(path);
  }
})(out);
let raw = 0;
let gzipped = 0;
for (const file of files) {
  const bytes = readFileSync(file);
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`kim-web: shipped JavaScript ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw, ${files.length} files); budget ${BUDGET_KB} KB`);
if (gzipped > BUDGET_KB * 1024) {
  console.error(`kim-web: the shipped JavaScript exceeds the budget of ${BUDGET_KB} KB gzipped`);
  process.exit(1);
}
