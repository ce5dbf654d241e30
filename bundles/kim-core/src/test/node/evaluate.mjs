// Evaluates rules with json-logic-js, the evaluator of the web workspace:
//   node evaluate.mjs CASES.json RESULTS.json
// CASES is a list of [rule, data]; RESULTS gets one entry per case, {"value": result} or {"error": message}.
// Numbers that JSON cannot carry (NaN, Infinity) are written as {"number": "NaN"} so the comparison sees them.
import { readFileSync, writeFileSync } from 'node:fs';
import jsonLogic from 'json-logic-js';

const [, , input, output] = process.argv;
const encode = (value) => {
  if (typeof value === 'number' && !Number.isFinite(value)) return { number: String(value) };
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
};
const results = JSON.parse(readFileSync(input, 'utf8')).map(([rule, data]) => {
  try {
    return { value: encode(jsonLogic.apply(rule, data)) };
  } catch (e) {
    return { error: String(e.message ?? e) };
  }
});
writeFileSync(output, JSON.stringify(results));
