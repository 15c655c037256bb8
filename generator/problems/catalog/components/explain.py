"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


variant = case["params"]["variant"]
values = case["output"].split()
lines = case["input"].split("\n")
if variant == "reach":
    k = int(values[0])
    n = int(lines[0].split()[0])
    if ko:
        print(f"1번 {node}을(를) 포함해 {node} {k}개에 갈 수 있습니다."
              + (f" 모든 {node}에 갈 수 있습니다." if k == n else ""))
    else:
        print(f"Counting {node} 1 itself, {k} of the {n} {node if n == 1 else nodes} can be reached.")
elif variant == "count_components":
    k = int(values[0])
    print(f"연결 요소는 모두 {k}개입니다." if ko else
          ("There is 1 connected component." if k == 1 else f"There are {k} connected components."))
elif variant == "component_sizes":
    m = int(lines[0].split()[1])
    pairs = list(zip(lines[1 + m:], values))[:3]
    if ko:
        print(" ".join(f"{q}번 {node}이(가) 속한 무리에는 {node}이(가) {s}개 있습니다."
                       for q, s in pairs))
    else:
        print(" ".join(f"{node[:1].upper() + node[1:]} {q} lies in a group of {s} {node if s == '1' else nodes}."
                       for q, s in pairs))
else:
    ways = int(values[0])
    if ways == 0:
        print("길이가 홀수인 사이클이 있어서 조건을 만족하는 방법이 없으므로 0입니다." if ko else
              "Some component has a cycle of odd length, so no valid assignment exists and the answer is 0.")
    else:
        print(f"각 연결 요소마다 나누는 방법이 정확히 두 가지이므로 모두 {ways}가지입니다." if ko else
              f"Every component can be split in exactly two ways, giving {ways} assignments in total.")
