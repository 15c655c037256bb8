"""A sample's explanation from its executed answer: the first answer that needs a chain of two or more
measurements, with the chain."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
report = texts.get("report", "측정" if ko else "measurement")
reports = texts.get("reports", "measurements")
toks = case["input"].split()
n, q = int(toks[0]), int(toks[1])
answers = case["output"].split()
adj = {v: [] for v in range(1, n + 1)}
pos, asked, note = 2, 0, ""
for _ in range(q):
    if toks[pos] == "!":
        a, b, w = int(toks[pos + 1]), int(toks[pos + 2]), int(toks[pos + 3])
        pos += 4
        adj[a].append((b, w))
        adj[b].append((a, -w))
        continue
    a, b = int(toks[pos + 1]), int(toks[pos + 2])
    pos += 3
    answer = answers[asked]
    asked += 1
    if note or answer == "UNKNOWN":
        continue
    prev, stack = {a: None}, [a]
    while stack:
        v = stack.pop()
        for u, w in adj[v]:
            if u not in prev:
                prev[u] = (v, w)
                stack.append(u)
    path, v = [], b
    while prev.get(v):
        u, w = prev[v]
        path.append((u, v, w))
        v = u
    if len(path) >= 2:
        steps = " ".join(f"{'+' if w >= 0 else '-'} {abs(w)}" for _, _, w in reversed(path))
        route = " → ".join([str(a)] + [str(v) for _, v, _ in reversed(path)])
        note = (f"질문 {asked}: {route} 순서로 {report} 결과를 이어 보면 0 {steps} = {answer}입니다." if ko else
                f"Question {asked}: following {route} gives 0 {steps} = {answer}.")
unknown = answers.count("UNKNOWN")
if ko:
    tail = f" UNKNOWN인 답은 {unknown}개입니다." if unknown else " UNKNOWN인 답은 없습니다."
else:
    tail = (f" {unknown} of the answers {'is' if unknown == 1 else 'are'} UNKNOWN." if unknown else
            " None of the answers is UNKNOWN.")
print((note or (f"{report} 결과를 따라 답을 구합니다." if ko else f"Each answer follows the {reports}.")) + tail)
