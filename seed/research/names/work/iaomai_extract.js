// Extract IAOMAI point data: pinyin, hanzi (mtc.js) + English name and pinyin comment (lang_eng.js)
const fs=require('fs');
const {execSync}=require('child_process');
const G='/work/.mirror/iallo74+iaomai/repo';
const show=p=>execSync(`git -C ${G} show 63ac955b93dee1c942e32e01b3edce117749853c:${p}`,{maxBuffer:1<<26}).toString();
const DB={};
eval(show('sets/common/mtc/mtc.js'));
const eng=show('sets/common/mtc/lang_eng.js');
eval(eng.replace('var DB_addset','global.DB_addset'));
// comments: NomePunto: "X", //N.MER. Pinyin
const comments={};
let cur=null;
for(const line of eng.split('\n')){
  const m=line.match(/^\s*"?([A-Z]{2})"?\s*:\s*\{/); if(m && DB.mtc.meridiani[m[1]]) cur=m[1];
  const c=line.match(/NomePunto:\s*"([^"]*)",?\s*\/\/\s*(\d+)\.([A-Z]+)\.\s*(.*)$/);
  if(c){ comments[c[3]+'|'+c[2]]=c[4].trim(); }
}
const out=[];
for(const [mer,md] of Object.entries(DB.mtc.meridiani)){
  if(!md.punti) continue;
  for(const [n,p] of Object.entries(md.punti)){
    const e=(DB_addset.meridiani[mer]||{punti:{}}).punti[n]||{};
    out.push({mer,n,sigla:p.siglaPunto||'',pinyin:(p.pinyin||'').trim(),hanzi:(p.ideogramma||'').trim(),english:(e.NomePunto||'').trim(),comment:comments[mer+'|'+parseInt(n)]||''});
  }
}
fs.writeFileSync('iaomai_points.json',JSON.stringify(out,null,1));
console.log(out.length);
