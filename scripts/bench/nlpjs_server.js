// The nlp.js side of scripts/bench.sh (NLPJS=1): node-nlp trained on our catalog's phrases, answering
// POST /parse {"text": ...} with the best intent and its score, as /api/v1/parse does for this service.
// Usage: node nlpjs_server.js <training.jsonl: {"intent","text"} a line> <port>; NODE_PATH must reach node-nlp
// (scripts/bench.sh installs it into a cache folder, never into the repository).
'use strict';
const fs = require('fs');
const http = require('http');
const { NlpManager } = require('node-nlp');

async function main() {
  const [training, port] = process.argv.slice(2);
  const manager = new NlpManager({ languages: ['en'], forceNER: false, autoSave: false, nlu: { log: false } });
  const lines = fs.readFileSync(training, 'utf8').split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) {
    const { intent, text } = JSON.parse(line);
    manager.addDocument('en', text, intent);
  }
  const started = Date.now();
  await manager.train();
  console.log(`nlp.js trained on ${lines.length} phrases in ${Date.now() - started} ms`);
  const server = http.createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/parse') {
      response.writeHead(404).end();
      return;
    }
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      try {
        const { text } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const result = await manager.process('en', String(text));
        const body = JSON.stringify({ intent: { name: result.intent, confidence: result.score },
          ranking: (result.classifications || []).slice(0, 5) });
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
      } catch (error) {
        response.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  server.keepAliveTimeout = 30000;
  server.listen(Number(port), '127.0.0.1', () => console.log(`nlp.js listening on ${port}`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
