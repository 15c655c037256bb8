"""A sample's explanation from its executed answer: reads {"input", "output", "language", "texts", ...} as JSON.

It shows one cheapest plan (generators and built links) and its total; how such a plan is found is left to the
reader, as a problem setter would."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
cost = data[2:2 + n]
base = 2 + n
edges = [(data[base + 3 * i + 2], data[base + 3 * i], data[base + 3 * i + 1]) for i in range(m)]
edges += [(c, 0, i + 1) for i, c in enumerate(cost)]
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


stations, cables = [], []
for w, u, v in sorted(edges):
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
        (stations if u == 0 else cables).append((u, v, w))
texts = case["texts"]
where = ", ".join(f"{v} ({w})" for _, v, w in stations)
links = ", ".join(f"{u}-{v} ({w})" for u, v, w in cables)
terms = " + ".join(str(w) for _, _, w in stations + cables)
answer = case["output"].split()[0]
if ko:
    built = f"{texts['edge']} {links}을(를) 놓으면" if cables else \
        f"{texts['edge']}은(는) 놓지 않아도"
    print(f"발전기를 {texts['node']} {where}에 설치하고 {built} 모든 {texts['node']}에 전기가 들어옵니다. 비용은 "
          f"{terms} = {answer}이며, 이보다 싸게 할 수는 없습니다.")
else:
    built = f"building the {texts['edges'] if len(cables) > 1 else texts['edge']} {links}" if cables else \
        f"building no {texts['edge']}"
    place = f"generators at {texts['nodes']}" if len(stations) > 1 else f"a generator at {texts['node']}"
    print(f"Installing {place} {where} and {built} "
          f"gives every {texts['node']} power for {terms} = {answer}; no cheaper plan exists.")
