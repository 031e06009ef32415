"""Check that every GMZYJC_* wording in ../cautions.csv occurs (piecewise, split at ……/...) in the file named in its note."""
import csv, re, subprocess, os
REPO = "/work/.mirror/6830920+gmzyjc/repo"
base = os.path.dirname(os.path.abspath(__file__))
for r in csv.DictReader(open(os.path.join(base, "..", "cautions.csv"), encoding="utf-8")):
    if not r["source"].startswith("GMZYJC"): continue
    path = re.search(r"(ok/\S+\.md)", r["note"]).group(1)
    txt = subprocess.run(["git", "-C", REPO, "show", "HEAD:" + path], capture_output=True, text=True).stdout
    parts = [p for p in re.split(r"……|\.\.\.", r["wording"]) if p.strip()]
    ok = all(p.strip() in txt for p in parts)
    print("OK " if ok else "MISSING", r["code"] or "-", path, [p for p in parts if p.strip() not in txt])
