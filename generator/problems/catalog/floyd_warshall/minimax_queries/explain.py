"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places and the links between them). For each of the first three different questions:
a route whose highest link is the answer, and what the start reaches over lower links only (not the target); for -1,
what the start reaches at all."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")
level = texts.get("level", "높이" if ko else "height")


data = [int(t) for t in case["input"].split()]
n, m, q = data[0], data[1], data[2]
links = [tuple(data[3 + 3 * i:6 + 3 * i]) for i in range(m)]
answers = case["output"].split()
base = 3 + 3 * m


def search(a, below):
    """Fewest-link search from a over the links whose level is below `below`: the parent of each place reached."""
    parent, todo = {a: None}, [a]
    for u in todo:
        for x, y, h in sorted(links):
            if x == u and h < below and y not in parent:
                parent[y] = (u, h)
                todo.append(y)
    return parent


def numbers(vs, word):
    vs = [str(v) for v in sorted(vs)]
    if len(vs) > 8:
        return ", ".join(vs[:8]) + ", …"
    return ", ".join(vs) if len(vs) == 1 or not word else ", ".join(vs[:-1]) + f" {word} " + vs[-1]


said, asked = [], set()
questions = [(data[base + 2 * t], data[base + 2 * t + 1]) for t in range(q)]
for (a, b), x in zip(questions, answers):
    if (a, b) in asked:
        continue
    if len(asked) == 3:
        break
    asked.add((a, b))
    if x == "-1":
        reach = search(a, float("inf"))
        said.append(f"{a}번에서 {edge}을(를) 따라 갈 수 있는 {node}은(는) {numbers(reach, '')}번뿐이라 {b}번에 갈 수 "
                    f"없으므로 -1입니다." if ko else
                    f"From {a} the {edges} reach only {node if len(reach) == 1 else nodes} {numbers(reach, 'and')}, "
                    f"not {b}: -1.")
        continue
    limit = int(x)
    parent = search(a, limit + 1)
    seq, hs, v = [b], [], b
    while parent[v] is not None:
        v, h = parent[v]
        seq.append(v)
        hs.append(h)
    seq, hs = " → ".join(map(str, seq[::-1])), ", ".join(map(str, hs[::-1]))
    lower = search(a, limit)
    if ko:
        said.append(f"{a}번에서 {b}번까지는 {seq} ({level} {hs})(으)로 가장 높은 것이 {limit}이고, {level}이(가) {limit}보다 "
                    f"낮은 {edge}만으로는 {a}번에서 {numbers(lower, '')}번에만 갈 수 있습니다.")
    else:
        said.append(f"From {a} to {b}: {seq} ({level}{'s' if ', ' in hs else ''} {hs}), the highest {limit}; with "
                    f"only {edges} below {limit}, {a} "
                    f"reaches just {node if len(lower) == 1 else nodes} {numbers(lower, 'and')}.")
rest = sum(1 for question in questions[:len(answers)] if question not in asked)
if rest:
    said.append(f"나머지 질문 {rest}개도 같은 방법으로 답합니다." if ko else
                f"The other {'question is' if rest == 1 else f'{rest} questions are'} answered the same way.")
print(" ".join(said))
