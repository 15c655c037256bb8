"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places and the links between them). The sums before and after the first closing,
with the pair whose fastest route loses the most by it (both routes shown)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


data = [int(t) for t in case["input"].split()]
n = data[0]
a = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]
order = data[1 + n * n:1 + n * n + n]
sums = case["output"].split()


def shortest(open_nodes):
    """Floyd-Warshall through the open places only: the times and the next place on a fastest route (0-based)."""
    dist = [row[:] for row in a]
    nxt = [[j for j in range(n)] for _ in range(n)]
    for k in open_nodes:
        for i in open_nodes:
            for j in open_nodes:
                if dist[i][k] + dist[k][j] < dist[i][j]:
                    dist[i][j], nxt[i][j] = dist[i][k] + dist[k][j], nxt[i][k]
    return dist, nxt


def route(nxt, i, j):
    seq = [i]
    while seq[-1] != j:
        seq.append(nxt[seq[-1]][j])
    return seq


def legs(seq):
    ws = [a[x][y] for x, y in zip(seq, seq[1:])]
    return " → ".join(str(x + 1) for x in seq), " + ".join(map(str, ws))


if n == 1:
    print(f"{node}이(가) 하나뿐이라 합은 0입니다." if ko else f"With one {node} the sum is 0.")
    raise SystemExit
everyone = list(range(n))
first = order[0] - 1
rest = [x for x in everyone if x != first]
full, nxt_full = shortest(everyone)
part, nxt_part = shortest(rest)
witness = max(((part[i][j] - full[i][j], i, j) for i in rest for j in rest if i != j), default=None)
example = ""
if witness and witness[0] > 0:
    _, i, j = witness
    before, before_sum = legs(route(nxt_full, i, j))
    after, after_sum = legs(route(nxt_part, i, j))
    example = (f" 예를 들어 {i + 1}번에서 {j + 1}번까지는 폐쇄된 곳이 없을 때 {before} ({before_sum} = {full[i][j]})이지만, "
               f"{first + 1}번을 폐쇄하면 {after} ({after_sum}" + (f" = {part[i][j]}" if "+" in after_sum else "")
               + ")(으)로 늘어납니다." if ko else
               f" For example, {i + 1} to {j + 1} takes {before} ({before_sum} = {full[i][j]}) with everything open, "
               f"but {after} ({after_sum}" + (f" = {part[i][j]}" if "+" in after_sum else "")
               + f") once {first + 1} is closed.")
elif n > 2:
    example = (f" {first + 1}번을 거쳐 가야 더 빠른 쌍은 없습니다." if ko else
               f" No pair among the others is faster through {first + 1}.")
print(f"처음에는 폐쇄된 {node}이(가) 없어 합이 {sums[0]}이고, {first + 1}번을 폐쇄한 뒤 남은 {node}끼리의 합은 "
      f"{sums[1]}입니다.{example}" if ko else  # (not how to compute it: reopening backwards is the whole solution)
      f"With every {node} open the sum is {sums[0]}; after closing {first + 1} the remaining pairs sum to "
      f"{sums[1]}.{example}")
