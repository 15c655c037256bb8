"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places and the links between them). distance_table shows the route behind the
largest entry and why a row has INF; distance_queries a fastest route per question (up to three different ones);
new_roads what each new link (up to three) makes faster; known_rank who is compared with everyone."""
import json
import sys


case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


def cap(words):
    return words[:1].upper() + words[1:]


def all_pairs(n, links, directed):
    """Floyd-Warshall over (u, v, w) links: the table of times and the next place on a fastest route."""
    INF = float("inf")
    dist = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
    nxt = [[j if i == j else None for j in range(n + 1)] for i in range(n + 1)]
    for u, v, w in links:
        for a, b in ((u, v),) if directed else ((u, v), (v, u)):
            if w < dist[a][b]:
                dist[a][b], nxt[a][b] = w, b
    for k in range(1, n + 1):
        for i in range(1, n + 1):
            if dist[i][k] == INF:
                continue
            for j in range(1, n + 1):
                if dist[i][k] + dist[k][j] < dist[i][j]:
                    dist[i][j], nxt[i][j] = dist[i][k] + dist[k][j], nxt[i][k]
    return dist, nxt


def route(dist, nxt, a, b):
    """The places of a fastest route from a to b."""
    seq = [a]
    while seq[-1] != b:
        seq.append(nxt[seq[-1]][b])
    return seq


def legs(links, seq, directed):
    """The time of each step of `seq` (the fastest link between the two places)."""
    out = []
    for a, b in zip(seq, seq[1:]):
        out.append(min(w for u, v, w in links if (u, v) == (a, b) or (not directed and (v, u) == (a, b))))
    return out


def shown(seq, ws):
    total = " + ".join(map(str, ws)) + (f" = {sum(ws)}" if len(ws) > 1 else "")
    return " → ".join(map(str, seq)), total


def numbers(vs, word):
    vs = [str(v) for v in vs]
    if len(vs) > 8:
        return ", ".join(vs[:8]) + ", …"
    return ", ".join(vs) if len(vs) == 1 or not word else ", ".join(vs[:-1]) + f" {word} " + vs[-1]


def read_links(m):
    return [tuple(map(int, line.split()[:3])) for line in lines[1:1 + m]]


variant = case["params"]["variant"]
out = case["output"].split("\n")
lines = case["input"].split("\n")
head = [int(t) for t in lines[0].split()]
if variant == "distance_table":
    n, m = head[0], head[1]
    links = read_links(m)
    dist, nxt = all_pairs(n, links, directed=True)
    table = [row.split() for row in out[:n]]
    finite = [(int(x), i + 1, j + 1) for i, row in enumerate(table) for j, x in enumerate(row) if x != "INF" and i != j]
    missing = sum(row.count("INF") for row in table)
    parts = []
    if finite:
        d, i, j = max(finite, key=lambda t: (t[0], -t[1], -t[2]))
        seq = route(dist, nxt, i, j)
        path, total = shown(seq, legs(links, seq, True))
        parts.append(f"가장 큰 값은 {i}번에서 {j}번까지의 {d}(으)로, {path} ({total})입니다." if ko else
                     f"The largest finite entry, from {node} {i} to {node} {j}, is {d}: {path} ({total}).")
    blocked = next((i for i in range(1, n + 1) if "INF" in table[i - 1]), None)
    if blocked is not None:
        reach = [j for j in range(1, n + 1) if table[blocked - 1][j - 1] != "INF"]
        gone = [j for j in range(1, n + 1) if table[blocked - 1][j - 1] == "INF"]
        parts.append(f"{blocked}번에서는 {numbers(reach, '')}번에만 갈 수 있어 {blocked}번째 줄의 {numbers(gone, '')}번 "
                     f"자리는 INF입니다. INF는 모두 {missing}개입니다." if ko else
                     f"From {node} {blocked} only {node if len(reach) == 1 else nodes} {numbers(reach, 'and')} can be "
                     f"reached, so row {blocked} has INF for {numbers(gone, 'and')}; {missing} INF "
                     f"{'entry' if missing == 1 else 'entries'} in all.")
    else:
        parts.append(f"모든 {node}에서 다른 모든 {node}(으)로 갈 수 있어 INF는 없습니다." if ko else
                     f"Every {node} reaches every other one, so there is no INF.")
    print(" ".join(parts))
elif variant == "distance_queries":
    n, m, q = head
    links = read_links(m)
    dist, nxt = all_pairs(n, links, directed=False)
    queries = [tuple(map(int, query.split())) for query in lines[1 + m:1 + m + q]]
    said, asked = [], set()
    # The first three different questions, and a question from a place to itself even when it comes later (its 0
    # is the Notes' special case, not "the same way").
    chosen = list(dict.fromkeys(queries[:len(out)]))[:3]
    chosen += [query for query in queries[:len(out)] if query[0] == query[1] and query not in chosen][:1]
    for a, b in chosen:
        asked.add((a, b))
        if a == b:
            said.append(f"{a}번에서 {a}번까지는 움직이지 않아도 되므로 0입니다." if ko else
                        f"From {a} to {a} nothing needs to be travelled: 0.")
        elif dist[a][b] == float("inf"):
            reach = [v for v in range(1, n + 1) if dist[a][v] != float("inf")]
            said.append(f"{a}번에서 갈 수 있는 {node}은(는) {numbers(reach, '')}번뿐이라 {b}번에 갈 수 없으므로 -1입니다."
                        if ko else
                        f"From {a} the {edges} reach only {node if len(reach) == 1 else nodes} {numbers(reach, 'and')}, "
                        f"not {b}: -1.")
        else:
            seq = route(dist, nxt, a, b)
            path, total = shown(seq, legs(links, seq, False))
            direct = [w for u, v, w in links if {u, v} == {a, b}]
            longer = len(seq) > 2 and direct and min(direct) > dist[a][b]
            if ko:
                said.append(f"{a}번에서 {b}번까지는 {path} ({total})입니다"
                            + (f"(바로 잇는 {edge}은(는) {min(direct)})." if longer else "."))
            else:
                said.append(f"From {a} to {b}: {path} ({total})"
                            + (f"; the direct {edge} takes {min(direct)}." if longer else "."))
    rest = sum(1 for query in queries[:len(out)] if query not in asked)
    if rest:
        said.append(f"나머지 질문 {rest}개도 같은 방법으로 답합니다." if ko else
                    f"The other {'question is' if rest == 1 else f'{rest} questions are'} answered the same way.")
    print(" ".join(said))
elif variant == "known_rank":
    n, m = head[0], head[1]
    k = int(out[0])
    above = {v: set() for v in range(1, n + 1)}  # above[b]: the ones known to be ahead of b
    for line in lines[1:1 + m]:
        x, y = map(int, line.split()[:2])
        above[y].add(x)
    for mid in range(1, n + 1):  # closure: x ahead of mid and mid ahead of y puts x ahead of y
        for y in range(1, n + 1):
            if mid in above[y]:
                above[y] |= above[mid]
    apart = next(((u, v) for u in range(1, n + 1) for v in range(1, n + 1)
                  if u != v and u not in above[v] and v not in above[u]), None)
    item = texts.get("item", "대상" if ko else "one")
    items = texts.get("items", "ones")
    if ko:
        text = (f"순위가 확정된 {item}은(는) 없습니다." if k == 0 else
                f"{', '.join(out[1].split())}번 {item}은(는) 결과를 이어 보면 다른 모든 {item}과(와) 비교되므로 순위가 "
                f"확정됩니다.")
        if apart:
            text += (f" {'예를 들어' if k == 0 else '반면'} {apart[0]}번과 {apart[1]}번은 어떤 결과를 이어도 비교되지 않아, "
                     f"둘 중 어느 쪽이 앞서도 모든 결과와 맞으므로 두 {item}의 순위 모두 확정되지 않습니다.")
    else:
        who = out[1].split() if k else []
        text = (f"No {item}'s position is known." if k == 0 else
                f"Following chains of results, {', '.join(who)} {'is' if k == 1 else 'are'} compared with every other "
                f"{item}, so {'its position is' if k == 1 else 'their positions are'} known.")
        if apart:
            text += (f" {'For example, no' if k == 0 else 'No'} chain of results links {apart[0]} and {apart[1]}: "
                     f"orders with either of them ahead agree with every result, so neither position is known.")
    print(text)
else:  # new_roads: for each new link (up to 3), the pairs it makes faster and the new sum
    n, m, k = head
    links = read_links(m)
    sums = [int(x) for x in out if x.strip()]
    dist, _ = all_pairs(n, links, directed=False)
    if n > 150:
        print(f"첫 번째 새 {edge} 뒤의 합은 {sums[0]}입니다." if ko else f"After the first new {edge} the sum is {sums[0]}.")
        raise SystemExit
    before = sum(dist[i][j] for i in range(1, n + 1) for j in range(i + 1, n + 1))
    said = [f"새 {edge}을(를) 놓기 전 최소 시간의 합은 {before}입니다." if ko else
            f"Before the new {edges} the minimum times add up to {before}."]
    for t, line in enumerate(lines[1 + m:1 + m + k]):
        if t == 3:
            said.append("…")
            break
        a, b, c = map(int, line.split()[:3])
        links.append((a, b, c))
        new, _ = all_pairs(n, links, directed=False)
        faster = [(dist[i][j] - new[i][j], i, j, dist[i][j], new[i][j]) for i in range(1, n + 1)
                  for j in range(i + 1, n + 1) if new[i][j] < dist[i][j]]
        total = sums[t] if t < len(sums) else sum(new[i][j] for i in range(1, n + 1) for j in range(i + 1, n + 1))
        if faster:
            _, i, j, old, now = max(faster, key=lambda f: (f[0], -f[1], -f[2]))
            said.append(f"{a}–{b} ({c}): {len(faster)}쌍이 빨라지며, {'예를 들어 ' if len(faster) > 1 else ''}{i}번과 "
                        f"{j}번 사이가 {old}에서 {now}(으)로 줄어 합은 {total}입니다." if ko else
                        f"{cap(edge)} {a}–{b} ({c}) makes {len(faster)} {'pair' if len(faster) == 1 else 'pairs'} "
                        f"faster, {i} and {j}{'' if len(faster) == 1 else ' the most'}, from {old} to {now}: {total}.")
        else:
            said.append(f"{a}–{b} ({c}): {a}번과 {b}번 사이는 이미 {dist[a][b]}(으)로 더 빠르므로 아무 쌍도 빨라지지 않아 "
                        f"합은 {total} 그대로입니다." if ko else
                        f"{cap(edge)} {a}–{b} ({c}) makes no pair faster ({a} and {b} already take {dist[a][b]}): "
                        f"{total}.")
        dist = new
    print(" ".join(said))
