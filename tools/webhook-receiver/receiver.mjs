// A webhook receiver for trying KIM's webhooks: checks the signature of every request and prints
// the event. Node.js only, no packages:  node tools/webhook-receiver/receiver.mjs PORT SECRET
// KIM signs HMAC-SHA256(secret, "<KIM-Timestamp>.<body>") and sends it as KIM-Signature: sha256=<hex>.
import { createServer } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';

const [port = '9000', secret = process.env.KIM_WEBHOOK_SECRET] = process.argv.slice(2);
if (!secret) {
  console.error('usage: node receiver.mjs PORT SECRET (the secret kim:webhook-add printed)');
  process.exit(2);
}
const seen = new Set();

createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks);
    const timestamp = request.headers['kim-timestamp'] ?? '';
    const expected = 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
    const given = String(request.headers['kim-signature'] ?? '');
    const valid = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
    if (!valid || !fresh) {
      console.log(`refused: ${valid ? 'timestamp too old' : 'bad signature'}`);
      response.writeHead(401).end();
      return;
    }
    const key = request.headers['idempotency-key'];
    const again = seen.has(key);
    seen.add(key);
    console.log(`${again ? 'again ' : ''}${request.headers['kim-event']} ${key} ${body.toString('utf8')}`);
    response.writeHead(204).end();
  });
}).listen(Number(port), '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${port}/ (signatures checked)`));
