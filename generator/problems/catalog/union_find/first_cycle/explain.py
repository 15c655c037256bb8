"""A sample's explanation from its executed answer: names the closing link and, when it helps, an earlier link
whose ends had both been seen but were not yet connected. Reads {"input", "output", "language", "texts"} as JSON
(texts: the theme's words for the things and the links between them)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
edge = texts.get("edge", "연결" if ko else "link")
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")


toks = case["input"].split()
m = int(toks[1])
links = [(int(toks[2 + 2 * i]), int(toks[3 + 2 * i])) for i in range(m)]
answer = int(case["output"].split()[0])
seen, decoy = set(), 0
for i, (a, b) in enumerate(links[: answer - 1 if answer else m]):
    if a in seen and b in seen and not decoy:
        decoy = i + 1
    seen.update((a, b))
parts = []
if decoy:
    a, b = links[decoy - 1]
    parts.append(f"{decoy}번째 {edge}이(가) 잇는 {a}번과 {b}번 {node}은(는) 둘 다 앞에 나왔지만 아직 서로 "
                 "이어져 있지 않았습니다." if ko else
                 f"{edge.capitalize()} {decoy} joins {nodes} {a} and {b}: both appeared before, but they were not "
                 "connected yet.")
if answer:
    a, b = links[answer - 1]
    parts.append(f"{answer}번째 {edge} 직전에 {a}번과 {b}번 {node}은(는) 이미 이어져 있으므로 답은 {answer}입니다."
                 if ko else f"Just before {edge} {answer}, {nodes} {a} and {b} are already connected, so the answer is "
                 f"{answer}.")
else:
    parts.append(f"어느 {edge}도 고리를 만들지 않으므로 답은 0입니다." if ko else f"No {edge} closes a loop, so the answer is 0.")
print(" ".join(parts))
