"""A sample's explanation from its executed answer: the members of the group asked about in the last question.
Reads {"input", "output", "language", "texts"} as JSON (texts: the theme's words for the things and their groups)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, q = int(toks[0]), int(toks[1])
label = list(range(n + 1))
pos, last, members = 2, None, []
for _ in range(q):
    if toks[pos] == "1":
        a, b = int(toks[pos + 1]), int(toks[pos + 2])
        pos += 3
        old = label[b]
        label = [label[a] if x == old else x for x in label]
    else:
        last = int(toks[pos + 1])
        pos += 2
        members = [v for v in range(1, n + 1) if label[v] == label[last]]
answers = case["output"].split()
listed = ", ".join(map(str, members))
texts = case.get("texts") or {}  # the theme's words, as in the statement
group = texts.get("group", "무리" if ko else "group")
node = texts.get("node", "정점" if ko else "vertex")


print(f"마지막 질문에서 {last}번 {node}과(와) 같은 {group}에 있는 {node}은(는) {listed}번이므로 답은 "
      f"{answers[-1]}입니다." if ko else
      f"At the last question, the {group} of {node} {last} is {{{listed}}}, so the answer is {answers[-1]}.")
