"""Writes i18n/{ar,tr,pl,uk}.toml in the order of the master i18n/nl.toml: the translations of
tools/i18n/<lang>.base.toml overridden by extra.py, then the catalogue tables for the ids the
worktree's catalogue has. Usage: python3 gen.py <worktree>"""
import sys, tomllib, json, re
root = sys.argv[1]
for f in ['vocab.py', 'helplines.py', 'extra.py', 'extra_text.py', 'situations.py']:
    exec(open(f'tools/i18n/{f}').read())
def flat(t, prefix=''):
    out = {}
    for k, v in t.items():
        key = f'{prefix}{k}'
        if isinstance(v, dict): out.update(flat(v, key + '.'))
        else: out[key] = v
    return out
master = flat(tomllib.load(open(f'{root}/i18n/nl.toml', 'rb')))
vocab = tomllib.load(open(f'{root}/catalogue/vocabulary.toml', 'rb'))
helplines = tomllib.load(open(f'{root}/catalogue/helplines.toml', 'rb'))['helplines']
try: situations = tomllib.load(open(f'{root}/catalogue/situations.toml', 'rb'))['situations']
except FileNotFoundError: situations = []
with_situations = '--situations' in sys.argv
def q(s): return json.dumps(s, ensure_ascii=False)
def key(k): return k if re.fullmatch(r'[A-Za-z0-9_-]+', k) else q(k)
def holes(s): return sorted(re.findall(r'\{([a-z_]+)\}', s))
problems = []
for i, lang in enumerate(['ar', 'tr', 'pl', 'uk']):
    base_text = open(f'tools/i18n/{lang}.base.txt').read()
    header = base_text[:base_text.index('[meta]')]
    texts = flat(tomllib.loads(base_text))
    # An extra key replaces the base one only when it fits the master's placeholders (a key
    # that changed on another branch keeps its old text until the master has the new one).
    texts.update({k: v[i] for k, v in X.items() if k not in master or holes(v[i]) == holes(master[k])})
    out = header
    section = None
    for k, nl in master.items():
        sec, name = k.rsplit('.', 1)
        if sec != section:
            out += f'\n[{sec}]\n' if section is not None else f'[{sec}]\n'
            section = sec
        t = texts.get(k)
        if t is None and nl in XN:
            t = XN[nl][i]
        if t is None:
            problems.append(f'{lang}: {k} missing (nl: {nl})'); continue
        if holes(t) != holes(nl): problems.append(f'{lang}: {k} placeholders {holes(t)} != {holes(nl)}')
        out += f'{name} = {q(t)}\n'
    out += '\n# ---- Catalogue data, keyed by id: facet labels (catalogue/vocabulary.toml), helpline lines\n# (catalogue/helplines.toml; numbers, names and addresses as in the Dutch line) and situation\n# labels (catalogue/situations.toml; their advice is not translated).\n'
    for facet, terms in vocab.items():
        out += f'\n[vocabulary.{facet}]\n'
        for t in terms:
            tr = V.get(facet, {}).get(t['id'])
            if tr is None: problems.append(f'{lang}: vocabulary {facet} {t["id"]}'); continue
            out += f"{key(t['id'])} = {q(tr[i])}\n"
    out += '\n[helplines]\n'
    for h in helplines:
        tr = H.get(h['id'])
        if tr is None: problems.append(f'{lang}: helpline {h["id"]}'); continue
        for num in re.findall(r'\d[\d -]*\d|\d', h['nl']):
            if num.strip() not in tr[i]: problems.append(f'NUMBER {lang} {h["id"]} {num}')
        out += f"{key(h['id'])} = {q(tr[i])}\n"
    if with_situations and situations:
        out += '\n[situations]\n'
        for s in situations:
            tr = S.get(s['id'])
            if tr is None: problems.append(f'{lang}: situation {s["id"]}'); continue
            out += f"{key(s['id'])} = {q(tr[i])}\n"
    open(f'{root}/i18n/{lang}.toml', 'w').write(out)
print('\n'.join(problems) or 'complete')
