import fs from 'node:fs';
const f = fs.readdirSync('/tmp/prof')[0];
const p = JSON.parse(fs.readFileSync('/tmp/prof/' + f));
const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
const dt = new Map(); for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
let total = 0;
for (const n of p.nodes) { const t = dt.get(n.id) ?? 0; total += t; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/node_modules/').pop().split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
// aggregate by package
const pkg = new Map();
for (const n of p.nodes) { const t = dt.get(n.id) ?? 0; const u = n.callFrame.url; let k = u.includes('node_modules/') ? u.split('node_modules/').pop().split('/').slice(0, u.includes('/@') ? 2 : 1).join('/') : (u.startsWith('node:') ? u : (u ? 'app:' + u.split('/').slice(-1)[0] : n.callFrame.functionName)); pkg.set(k, (pkg.get(k) ?? 0) + t); }
console.log('total ms', (total/1000).toFixed(0));
for (const [k, v] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / total * 100).toFixed(1).padStart(5), k);
console.log('---');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / total * 100).toFixed(1).padStart(5), k);
