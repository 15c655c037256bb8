"""A sample's explanation from its input and executed answer: the groups the links make, and for the first
questions whether both ends lie in one of them. Reads {"input", "output", "language", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
group = texts.get("group", "무리" if ko else "group")
groups = texts.get("groups", group + "s")
toks = [int(t) for t in case["input"].split()]
n, m, q = toks[0], toks[1], toks[2]
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


for i in range(m):
    a, b = find(toks[3 + 2 * i]), find(toks[4 + 2 * i])
    if a != b:
        parent[a] = b
members = {}
for v in range(1, n + 1):
    members.setdefault(find(v), []).append(v)
shown = ", ".join("{" + ", ".join(map(str, vs)) + "}" for vs in sorted(members.values()))
answers = case["output"].split()
parts = []
for k in range(min(q, 4)):
    a, b = toks[3 + 2 * m + 2 * k], toks[4 + 2 * m + 2 * k]
    same = find(a) == find(b)
    parts.append(f"{a} {b}: {'같은' if same else '다른'} {group} → {answers[k]}" if ko else
                 f"{a} {b}: {'same' if same else 'different'} {group} → {answers[k]}")
more = ("" if q <= 4 else (", 이후 질문도 같은 방식입니다" if ko else ", and so on"))
print(f"{group}별로 모으면 {shown}입니다. 질문별로 보면 " + "; ".join(parts) + more + "." if ko else
      f"The {groups} are {shown}. Questions: " + "; ".join(parts) + more + ".")
