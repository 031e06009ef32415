"""Extract pregnancy-related sentences from the 针灸学 textbook (6830920/gmzyjc, ok/zjs).
Reads the fetched git snapshot (no work tree) via `git show`. Prints file, point heading, sentence."""
import re, subprocess, sys
REPO = "/work/.mirror/6830920+gmzyjc/repo"
def git(*a): return subprocess.run(["git", "-C", REPO, *a], capture_output=True, text=True).stdout
files = [f for f in git("ls-tree", "--name-only", "HEAD", "ok/zjs/", "ok/zjz/").split("\n") if f.endswith(".md")]
pat = re.compile(r"孕妇|妊娠|孕|堕胎|落胎|胎")
for f in files:
    txt = git("show", "HEAD:" + f)
    head = next((l.strip("# ").strip() for l in txt.splitlines() if l.startswith("#")), "")
    for line in txt.splitlines():
        for sent in re.split(r"(?<=[。；])", line):
            if pat.search(sent) and re.search(r"禁|慎|不宜|不可|忌|落胎|堕胎", sent):
                print(f"{f}\t{head}\t{sent.strip()[:200]}")
