"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places, the possible links and what is done to a new one: a road is built, a
cable laid; Korean 건설하다, 설치하다). Shared by the mst graph tasks (params variant =
total | two_villages | some_mst): total takes the links from the cheapest and skips those whose ends are already
joined; two_villages drops the most expensive link of a cheapest network and names the two groups; some_mst shows a
cheapest network and, for a link in none, the cheaper links that already join its ends."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges_word = texts.get("edges", "edges")
build = texts.get("build", "연결" if ko else "build")  # Korean: the stem of {build}하다
built = texts.get("built", "built")
data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
edges = [(data[2 + 3 * i], data[3 + 3 * i], data[4 + 3 * i]) for i in range(m)]
answer = case["output"].split()
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


tree, steps = [], []  # Kruskal as the reader would do it: from the cheapest, skipping links whose ends are joined
for u, v, w in sorted(edges, key=lambda e: e[2]):
    if len(tree) == n - 1:
        break
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
        tree.append((u, v, w))
        steps.append(f"{u}–{v} ({w})")
    else:
        steps.append(f"{u}–{v} ({w}) 건너뜀" if ko else f"skip {u}–{v} ({w})")
SHOWN = 8
shown = ", ".join(f"{u}–{v} ({w})" for u, v, w in tree[:SHOWN]) + (", …" if len(tree) > SHOWN else "")
total = sum(w for _, _, w in tree)
sum_text = (" + ".join(str(w) for _, _, w in tree) + f" = {total}") if 1 < len(tree) <= SHOWN else str(total)


def tree_path(u, v, skip=None):
    """The places on the path from u to v in `tree` (without the link `skip`), or None if they are not joined."""
    adj = {x: [] for x in range(1, n + 1)}
    for a, b, w in tree:
        if (a, b, w) != skip:
            adj[a].append((b, w))
            adj[b].append((a, w))
    back, todo = {u: None}, [u]
    for x in todo:
        for y, w in adj[x]:
            if y not in back:
                back[y] = (x, w)
                todo.append(y)
    if v not in back:
        return None, back
    seq, ws = [v], []
    while back[seq[-1]] is not None:
        x, w = back[seq[-1]]
        seq.append(x)
        ws.append(w)
    return seq[::-1], ws[::-1]


if n == 1:
    print((f"{node}이(가) 하나뿐이라 아무것도 {build}하지 않아도 되므로 0입니다." if ko else
           f"There is only one {node}, so nothing needs to be {built}: 0.") if variant == "total" else
          (f"{node}이(가) 하나뿐이라 {build}할 {edge}이(가) 없습니다." if ko else
           f"There is only one {node}: nothing to {build}."))
elif variant == "total":
    listed = ", ".join(steps[:SHOWN]) + (", …" if len(steps) > SHOWN else "")
    print(f"{edge}을(를) 비용이 싼 것부터 보며, 두 {node}이(가) 이미 이어져 있으면 건너뜁니다: {listed}. 고른 {edge}의 "
          f"비용 합은 {sum_text}입니다." if ko else
          f"Taking the {edges_word} from the cheapest and skipping any whose two {nodes} are already connected: "
          f"{listed}. The chosen {edges_word} cost {sum_text}.")
elif variant == "two_villages":
    heaviest = max(tree, key=lambda e: e[2])
    _, side = tree_path(heaviest[0], heaviest[1], skip=heaviest)
    one = sorted(side)
    two = sorted(x for x in range(1, n + 1) if x not in side)
    groups = " / ".join("{" + ", ".join(map(str, g[:SHOWN])) + (", …" if len(g) > SHOWN else "") + "}"
                        for g in sorted((one, two)))
    print(f"모든 {node}을(를) 가장 싸게 잇는 {edge}은(는) {shown}(으)로 비용의 합이 {total}입니다. 그중 가장 비싼 "
          f"{heaviest[0]}–{heaviest[1]} ({heaviest[2]})을(를) 빼면 {groups} 두 무리가 각각 이어진 채로 남고, 비용은 "
          f"{total} − {heaviest[2]} = {answer[0]}입니다." if ko else
          f"The cheapest {edges_word} joining every {node} are {shown}, costing {total}. Dropping the most expensive "
          f"of them, {heaviest[0]}–{heaviest[1]} ({heaviest[2]}), leaves the two groups {groups}, each still "
          f"connected, for {total} − {heaviest[2]} = {answer[0]}.")
else:
    no = [i + 1 for i, a in enumerate(answer) if a == "NO"]
    listed = ", ".join(map(str, no)) if no else ("없음" if ko else "none")
    text = (f"가장 싼 연결망의 한 예: {shown}, 비용의 합 {total}. 어떤 가장 싼 연결망에도 들어가지 않는 {edge} 번호: "
            f"{listed}." if ko else
            f"One cheapest network is {shown} (cost {total}). {edges_word[:1].upper() + edges_word[1:]} in no cheapest "
            f"network (by input position): {listed}.")
    if no:
        u, v, w = edges[no[0] - 1]
        seq, ws = tree_path(u, v)
        if seq is not None and ws and max(ws) < w:
            route = " → ".join(map(str, seq))
            costs = ", ".join(map(str, ws))
            text += (f" 예를 들어 {no[0]}번 {edge} {u}–{v} ({w})의 두 끝은 이미 {route} (비용 {costs})(으)로 이어져 있고, "
                     f"이 {edge}들이 모두 {w}보다 싸므로 {no[0]}번을 넣으면 언제나 손해입니다." if ko else
                     f" For example, {edge} {no[0]} ({u}–{v}, {w}): {route} already joins its ends with "
                     f"{edges_word if len(ws) > 1 else edge} costing {costs}, all cheaper than {w}, so it never pays to "
                     f"{build} it.")
    print(text)
