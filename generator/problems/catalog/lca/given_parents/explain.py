"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them).
Names the root, then explains the first few questions with the two walks up to the root."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")


tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
parent = [0] * (n + 1)
for i in range(n - 1):
    parent[tokens[2 + 2 * i]] = tokens[1 + 2 * i]
root = next(v for v in range(1, n + 1) if parent[v] == 0)


def chain(v):
    path = [v]
    while parent[path[-1]]:
        path.append(parent[path[-1]])
    return path


pos = 1 + 2 * (n - 1)
q = tokens[pos]
parts = [f"부모가 없는 {root}번 {node}이(가) 루트입니다." if ko else
         f"{node.capitalize()} {root} has no parent: it is the root."]
for i in range(min(q, 3)):
    u, v = tokens[pos + 1 + 2 * i], tokens[pos + 2 + 2 * i]
    cu, cv = chain(u), chain(v)
    meet = next(x for x in cu if x in cv)
    parts.append(f"{u}에서 루트로: {'-'.join(map(str, cu))}, {v}에서 루트로: {'-'.join(map(str, cv))}; "
                 f"처음 만나는 {node}은(는) {meet}번입니다." if ko else
                 f"From {u} up: {'-'.join(map(str, cu))}; from {v} up: {'-'.join(map(str, cv))}; "
                 f"they first meet at {node} {meet}.")
if q > 3:
    parts.append("나머지 질문도 같은 방법으로 구합니다." if ko else "The other questions are answered the same way.")
print(" ".join(parts))
