// Fails the build when the German and English texts do not have the same keys,
// or when the sources use a literal key that neither file has.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const flat = (object, prefix = '') => Object.entries(object).flatMap(([key, value]) =>
  typeof value === 'object' ? flat(value, `${prefix}${key}.`) : [`${prefix}${key}`]);
const de = new Set(flat(JSON.parse(readFileSync('src/locales/de.json', 'utf8'))));
const en = new Set(flat(JSON.parse(readFileSync('src/locales/en.json', 'utf8'))));
const problems = [...de].filter((k) => !en.has(k)).map((k) => `only German: ${k}`)
  .concat([...en].filter((k) => !de.has(k)).map((k) => `only English: ${k}`));
const sources = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? sources(path) : /\.(vue|ts)$/.test(name) ? [path] : [];
});
for (const file of sources('src')) {
  for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)) {
    if (!de.has(match[1])) problems.push(`${file}: unknown text key ${match[1]}`);
  }
}
if (problems.length) {
  console.error(`kim-web: texts out of step:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`kim-web: ${de.size} texts in German and English`);
