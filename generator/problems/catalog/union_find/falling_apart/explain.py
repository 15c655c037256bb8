"""A sample's explanation from its executed answer: the groups at the start, then the first removals in order, each
changing nothing (another way around remains) or splitting one group in two, and the count at the end."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
edge = texts.get("edge", "간선" if ko else "edge")
group = texts.get("group", "무리" if ko else "group")
groups = texts.get("groups", group + "s")


def count(k):
    return f"1 {group}" if k == 1 else f"{k} {groups}"


toks = case["input"].split()
n, m, q = int(toks[0]), int(toks[1]), int(toks[2])
ends = [(int(toks[3 + 2 * i]), int(toks[4 + 2 * i])) for i in range(m)]
order = [int(x) for x in toks[3 + 2 * m: 3 + 2 * m + q]]
counts = [int(x) for x in case["output"].split()]

parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for a, b in ends:  # the groups before anything stops working
    parent[find(a)] = find(b)
start = len({find(v) for v in range(1, n + 1)})
SHOWN = 4  # the first removals, in order; the rest only by the final count
steps = []
for j, (e, now) in enumerate(zip(order[:SHOWN], counts[:SHOWN])):
    was = counts[j - 1] if j else start
    if ko:
        steps.append(f"{e}번 {edge}이(가) 끊어져도 다른 길이 남아 그대로 {now}개" if now == was else
                     f"{e}번 {edge}이(가) 끊어지면 {group} 하나가 둘로 나뉘어 {now}개")
    else:
        steps.append(f"losing {edge} {e} changes nothing, as another way around remains ({count(now)})" if now == was
                     else f"losing {edge} {e} splits one {group} in two ({count(now)})")
more = q > SHOWN
if ko:
    text = f"처음에는 {group}이(가) {start}개입니다. " + ", ".join(steps) + "입니다."
    if more:
        text += f" … 마지막에는 {group}이(가) {counts[-1]}개입니다."
else:
    text = (f"At the start there {'is' if start == 1 else 'are'} {count(start)}; " + "; ".join(steps) + ".")
    if more:
        text += f" … At the end there {'is' if counts[-1] == 1 else 'are'} {count(counts[-1])}."
print(text)
