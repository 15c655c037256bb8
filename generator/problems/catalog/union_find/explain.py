"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things, the links between them and the groups they form)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
group = texts.get("group", "무리" if ko else "group")
groups = texts.get("groups", group + "s")
done = texts.get("done", "생긴")


variant = case["params"]["variant"]
out = case["output"]
if variant in ("static_groups", "online_queries"):
    answers = out.split()
    yes = answers.count("YES")
    print(f"첫 번째 질문의 답은 {answers[0]}이고, 질문 {len(answers)}개 중 {yes}개의 답이 YES입니다." if ko else
          f"The first question is answered {answers[0]}; in all, {yes} of {len(answers)} "
          f"{'answer is' if len(answers) == 1 else 'answers are'} YES.")
elif variant == "group_stats":
    rows = out.strip().split("\n")
    first, last = rows[0].split(), rows[-1].split()
    if ko:
        print(f"첫 번째 {edge}이(가) {done} 뒤에는 {group}이(가) {first[0]}개이고 가장 큰 {group}의 크기는 "
              f"{first[1]}입니다. 마지막 {edge}이(가) {done} 뒤에는 {group}이(가) {last[0]}개이고 가장 큰 "
              f"{group}의 크기는 {last[1]}입니다.")
    else:
        def count(k, one, many):
            return f"1 {one}" if k == "1" else f"{k} {many}"

        print(f"After the first {edge}: {count(first[0], group, groups)}, the largest with "
              f"{count(first[1], node, nodes)}; after the last one: {count(last[0], group, groups)}, the largest with "
              f"{count(last[1], node, nodes)}.")
else:
    total = int(out.split()[0])
    if total < 0:
        # the groups left when every candidate is used: no candidate joins two of them
        data = list(map(int, case["input"].split()))
        n, m = data[0], data[1]
        parent = list(range(n + 1))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for i in range(m):
            parent[find(data[2 + 3 * i])] = find(data[3 + 3 * i])
        parts = {}
        for x in range(1, n + 1):
            parts.setdefault(find(x), []).append(x)
        listed = ", ".join("{" + ", ".join(map(str, g)) + "}" for g in sorted(parts.values()))
        print(f"모든 후보를 써도 {node}들은 {len(parts)}개의 무리로 나뉩니다: {listed}. 서로 다른 무리를 잇는 후보가 없어 "
              f"모든 {node}을(를) 이을 수는 없으므로 -1입니다." if ko else
              f"Even with every candidate the {nodes} fall into {len(parts)} groups: {listed}. No candidate joins two "
              f"of them, so not every {node} can be connected and the answer is -1.")
    else:
        print(f"모든 {node}을(를) 잇는 최소 비용은 {total}입니다." if ko else
              f"The cheapest way to connect every {node} costs {total}.")
