# Extract 别称/又名/又称 aliases from the 〔讲述〕 paragraph of GMZYJC point pages (ok/zjs/zjs3*.md)
import subprocess, re, csv, json
G='/work/.mirror/6830920+gmzyjc/repo'
def git(*a): return subprocess.run(['git','-C',G]+list(a),capture_output=True,text=True).stdout
commit=git('rev-parse','HEAD').strip()
files=[f for f in git('ls-tree','-r','HEAD','--name-only').split('\n') if re.match(r'ok/zjs/zjs3.*\.md$',f)]
cat={}
for fn in ['/work/main/seed/catalog/points.csv','/work/main/seed/catalog/extra_points.csv']:
    for r in csv.DictReader(open(fn)): cat.setdefault(r['hanzi'],[]).append(r['code'])
out=[]
for f in files:
    t=git('show','HEAD:'+f)
    m=re.search(r'^#+\s*(\S+)',t,re.M)
    if not m: continue
    name=m.group(1).strip()
    codes=cat.get(name)
    js=re.search(r'〔讲述〕(.*)',t)
    if not js: continue
    para=js.group(1)
    sm=re.search(r'别称([^。]*)。',para)
    if not sm: continue
    s=sm.group(1)
    parts=re.split(r'[、，,；;]|又名|又称|亦名|或称',s)
    al=[p.strip(' “”"') for p in parts if p.strip(' “”"')]
    out.append({'file':f,'heading':name,'codes':codes,'sentence':sm.group(0),'aliases':al})
json.dump({'commit':commit,'rows':out},open('gmzyjc_aliases.json','w'),ensure_ascii=False,indent=1)
print(commit,len(out),sum(1 for o in out if not o['codes']))
for o in out:
    if not o['codes'] or any(len(a)>6 for a in o['aliases']): print(o['heading'],o['codes'],o['sentence'])
