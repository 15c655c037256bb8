"""A sample's explanation from its executed answer: the members of the group asked about in each question.
Reads {"input", "output", "language", "texts"} as JSON (texts: the theme's words for the things and their groups)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, q = int(toks[0]), int(toks[1])
label = list(range(n + 1))
pos, asked = 2, []
for _ in range(q):
    if toks[pos] == "1":
        a, b = int(toks[pos + 1]), int(toks[pos + 2])
        pos += 3
        old = label[b]
        label = [label[a] if x == old else x for x in label]
    else:
        x = int(toks[pos + 1])
        pos += 2
        asked.append((x, [v for v in range(1, n + 1) if label[v] == label[x]]))
answers = case["output"].split()
SHOWN = 6
texts = case.get("texts") or {}  # the theme's words, as in the statement
group = texts.get("group", "무리" if ko else "group")
node = texts.get("node", "정점" if ko else "vertex")


steps = [f"{x}: {{{', '.join(map(str, members))}}} → {len(members)}" for x, members in asked[:SHOWN]]
more = len(asked) > SHOWN
if ko:
    print(f"질문마다 물은 {node}, 그 {node}이(가) 속한 {group}, 그 크기를 차례로 적으면 " + "; ".join(steps)
          + (" 등" if more else "") + "입니다." + (" 나머지 질문도 같은 방법으로 구합니다." if more else ""))
else:
    print(f"For each question, the {node} asked about, its {group} and the size: " + "; ".join(steps)
          + "." + (" The other questions are answered the same way." if more else ""))
