# Build seed/research/names/names.csv from IAOMAI + GMZYJC extractions and hand-read page rows.
import csv, json, re, unicodedata, collections
OUT='/work/main/seed/research/names/names.csv'
std={}
for fn in ['/work/main/seed/catalog/points.csv','/work/main/seed/catalog/extra_points.csv']:
    for r in csv.DictReader(open(fn)): std[r['code']]=r
def norm(s):
    s=unicodedata.normalize('NFD',s)
    s=''.join(c for c in s if unicodedata.category(c)!='Mn')
    s=re.sub(r"[\s'’\-_.·]","",s).lower()
    return s.replace('centre','center')
def is_std(code,value):
    r=std[code]; n=norm(value)
    return n in {norm(r['pinyin']),norm(r['hanzi']),norm(r['hanzi_traditional']),norm(r['english'])}
rows=[]
def add(code,kind,value,lang,src,note=''):
    value=value.strip()
    if not value or code not in std: return
    if kind!='code_alias' and is_std(code,value): return
    rows.append(dict(code=code,kind=kind,value=value,language=lang,source=src,note=note))

# ---- IAOMAI ----
ia=json.load(open('iaomai_points.json'))
EXMAP={'EX-HN-1':'EX-HN1','EX-HN-2':'EX-HN2','EX-HN-3':'EX-HN3','EX-HN-4':'EX-HN4','EX-HN-5':'EX-HN5','EX-HN-6':'EX-HN6','EX-HN-7':'EX-HN7',
 'EX-HN-8':'EX-HN8','EX-HN-10':'EX-HN10','EX-HN-11':'EX-HN11','EX-HN-12':'EX-HN12','EX-HN-13':'EX-HN13','EX-HN-14':'EX-HN14','EX-HN-15':'EX-HN15',
 'EX-CA-18':'EX-CA1','EX-BW-1':'EX-B1','EX-BW-12':'EX-B3','EX-BW-24':'EX-B7','EX-BW-25':'EX-B8','EX-BW-35':'EX-B2',
 'EX-UE-1':'EX-UE11','EX-UE-9':'EX-UE10','EX-UE-19':'EX-UE7','EX-UE-22':'EX-UE9','EX-UE-29':'EX-UE2','EX-UE-46':'EX-UE1',
 'EX-LE-8':'EX-LE10','EX-LE-13':'EX-LE7','EX-LE-16':'EX-LE5','EX-LE-23':'EX-LE6','EX-LE-27':'EX-LE2','EX-LE-34':'EX-LE3'}
ALIAS_HANZI={'BL43','GV26'}
SIMPL={'百劳','华佗夹脊','阑尾穴'}   # IAOMAI strings written in simplified characters   # IAOMAI hanzi that is a different name, not a glyph variant
for r in ia:
    if r['mer']=='EX':
        code=EXMAP.get(r['sigla'])
        if not code: continue
        py=r['pinyin']
        if r['sigla'].replace('-','')!=code.replace('-',''):
            other=r['sigla'].replace('EX-','EX-',1)
            o=re.sub(r'^EX-(\w+)-(\d+)$',r'EX-\1\2',r['sigla'])
            note='IAOMAI extra-point code (region + number, not the WHO numbering); mapped to WHO by name'
            if o in std and o!=code: note+=f'; COLLIDES with WHO {o} ({std[o]["pinyin_toneless"]}) - ambiguous code'
            add(code,'code_alias',r['sigla'],'und','IAOMAI',note)
    else:
        code=r['mer']+str(int(r['n'])); py=r['pinyin']
        c=r['comment']
        if norm(py)==norm(std[code]['pinyin']) and c and norm(c)!=norm(py) and code in ('BL2','BL4'):
            add(code,'alias',c,'zh-Latn-pinyin','IAOMAI','pinyin given in the lang_eng.js comment')
    if norm(py)!=norm(std[code]['pinyin']):
        add(code,'alias',py,'zh-Latn-pinyin','IAOMAI','IAOMAI pinyin field (mtc.js)')
    for h in re.split(r'[|/]',r['hanzi']):
        h=h.strip()
        if not h or is_std(code,h): continue
        if code in ALIAS_HANZI or (r['mer']=='EX' and norm(py)!=norm(std[code]['pinyin'])):
            add(code,'alias',h,'zh-Hans' if h in SIMPL else 'zh-Hant','IAOMAI','IAOMAI ideogramma field (alternate name)')
        else:
            add(code,'hanzi_variant',h,'zh-Hant','IAOMAI',f'IAOMAI ideogramma field; WHO traditional form {std[code]["hanzi_traditional"]}')
    for e in re.split(r',\s*',r['english']):
        add(code,'english',e,'en','IAOMAI','IAOMAI English point name (lang_eng.js NomePunto); translation tradition not stated per point')

# ---- GMZYJC ----
gm=json.load(open('gmzyjc_aliases.json'))
HEAD={'禾髎':'LI19','飞阳':'BL58','和髎':'TE22','瞳子膠':'GB1','人中':'GV26','鼻通':'EX-HN8'}
for o in gm['rows']:
    code=(o['codes'] or [HEAD.get(o['heading'])])[0]
    if not code: continue
    if o['heading']!=std[code]['hanzi'] and o['heading']!='瞳子膠':
        if o['heading']=='飞阳':
            add(code,'hanzi_variant','飞阳','zh-Hans','GMZYJC','page heading (textbook uses 飞阳 for WHO 飞扬)')
        else:
            add(code,'alias',o['heading'],'zh-Hans','GMZYJC','page heading (name used by the 1985 textbook)')
    for a in o['aliases']:
        if o['heading']=='飞阳' and a=='飞阳': continue
        add(code,'alias',a,'zh-Hans','GMZYJC','别称 in 〔讲述〕 paragraph')

# ---- hand-read pages ----
for r in csv.DictReader(open('manual_rows.csv')):
    note=','.join([r['note']]+(r.get(None) or []))  # re-join notes that contained unquoted commas
    add(r['code'],r['kind'],r['value'],r['language'],r['source'],note)

# IAOMAI English names of SP18/SP19 are swapped in the source (SP18 Tianxi given 'Chest Village', SP19 Xiongxiang 'Celestial River'): drop both
rows=[r for r in rows if not (r['source']=='IAOMAI' and r['kind']=='english' and r['code'] in ('SP18','SP19'))]
# dedupe
seen=set(); out=[]
for r in rows:
    k=(r['code'],r['kind'],norm(r['value']),r['source'])
    if k in seen: continue
    seen.add(k); out.append(r)
# ambiguity: same normalised value for different codes (across our rows + all standard names)
idx=collections.defaultdict(set)
for r in out: idx[norm(r['value'])].add(r['code'])
stdidx=collections.defaultdict(set)
for c,r in std.items():
    for f in ('pinyin','hanzi','hanzi_traditional','english'): stdidx[norm(r[f])].add(c)
amb=collections.defaultdict(set)
for r in out:
    n=norm(r['value'])
    others=(idx[n]|stdidx[n])-{r['code']}
    if others:
        tags=[]
        so=sorted(stdidx[n]-{r['code']}); ao=sorted(idx[n]-{r['code']}-set(so))
        if so: tags.append('standard name of '+'/'.join(so))
        if ao: tags.append('also given for '+'/'.join(ao))
        r['note']=(r['note']+'; ' if r['note'] else '')+'AMBIGUOUS: '+'; '.join(tags)
        amb[r['value']].update({r['code']}|others)
order={c:i for i,c in enumerate(std)}
kinds=['alias','hanzi_variant','code_alias','english','japanese','korean']
out.sort(key=lambda r:(order[r['code']],kinds.index(r['kind']),r['value'],r['source']))
with open(OUT,'w',newline='') as f:
    w=csv.DictWriter(f,fieldnames=['code','kind','value','language','source','note']); w.writeheader(); w.writerows(out)
json.dump({k:sorted(v) for k,v in amb.items()},open('ambiguous.json','w'),ensure_ascii=False,indent=1)
print(len(out),collections.Counter(r['kind'] for r in out),collections.Counter(r['source'] for r in out).most_common())
print('codes covered',len({r['code'] for r in out}))
print('ambiguous values',len(amb))
