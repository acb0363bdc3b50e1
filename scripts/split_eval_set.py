#!/usr/bin/env python3
"""Split a folder of JSON-lines eval files into dev and final halves, stratified by kind/category.
Deterministic: sorted by sha256 of the id within each stratum, alternating. Prints counts only."""
import hashlib, json, os, sys, collections
src, dev, final = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(dev, exist_ok=True); os.makedirs(final, exist_ok=True)
rows = []
for name in sorted(os.listdir(src)):
    if not name.endswith('.jsonl'): continue
    with open(os.path.join(src, name), encoding='utf-8') as f:
        for n, line in enumerate(f):
            if line.strip():
                obj = json.loads(line)
                key = obj.get('id') or f'{name}:{n}'
                stratum = (str(obj.get('urgent', '')), obj.get('kind', ''), obj.get('category', '') if obj.get('category') == 'risk_info' else '')
                rows.append((stratum, hashlib.sha256(key.encode()).hexdigest(), line.rstrip('\n')))
by = collections.defaultdict(list)
for s, h, l in rows: by[s].append((h, l))
out = {'dev': [], 'final': []}
for s in sorted(by):
    for i, (h, l) in enumerate(sorted(by[s])):
        out['dev' if i % 2 == 0 else 'final'].append(l)
for part, folder in (('dev', dev), ('final', final)):
    with open(os.path.join(folder, 'set.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out[part]) + '\n')
    print(part, len(out[part]))
for s in sorted(by): print(s, len(by[s]))
