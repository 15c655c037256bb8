"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
values = case["output"].split()
lines = case["input"].split("\n")
head = lines[0].split()
if variant in ("single_pair", "free_edge"):
    d, n = int(values[0]), head[0]
    if d < 0:
        print(f"1번 정점에서 {n}번 정점으로 갈 수 없으므로 -1입니다." if ko else
              f"Vertex {n} cannot be reached from vertex 1, so the answer is -1.")
    elif variant == "free_edge":
        print(f"시간 0으로 지나갈 간선을 가장 잘 고르면 걸리는 시간은 {d}입니다." if ko else
              f"With the best choice of the free edge, the trip takes {d}.")
    else:
        print(f"1번 정점에서 {n}번 정점까지 가장 빠른 경로의 시간은 {d}입니다." if ko else
              f"The fastest route from vertex 1 to vertex {n} takes {d}.")
elif variant == "all_distances":
    s = head[2]
    unreachable = values.count("-1")
    if ko:
        first = (f"{s}번에서 1번 정점에는 갈 수 없으므로 첫 줄은 -1입니다." if values[0] == "-1"
                 else f"{s}번에서 1번 정점까지는 {values[0]}만큼 걸립니다.")
        rest = "모든 정점에 갈 수 있습니다." if unreachable == 0 else f"갈 수 없는 정점 {unreachable}개에는 -1을 출력합니다."
    else:
        first = (f"Vertex 1 cannot be reached from vertex {s} (-1)." if values[0] == "-1"
                 else f"From vertex {s}, vertex 1 is reached in {values[0]}.")
        rest = ("Every vertex can be reached." if unreachable == 0 else
                f"{unreachable} {'vertex cannot' if unreachable == 1 else 'vertices cannot'} be reached (printed as -1).")
    print(first, rest)
else:
    m = int(head[1])
    targets = lines[2 + m].split()
    pairs = list(zip(targets, values))[:3]
    if ko:
        print(" ".join(f"{x}번 정점에서 가장 가까운 출발점까지는 {d}만큼 걸립니다." if d != "-1"
                       else f"{x}번 정점에서는 어떤 출발점에도 갈 수 없습니다(-1)." for x, d in pairs))
    else:
        print(" ".join(f"From vertex {x}, the nearest marked vertex is {d} away." if d != "-1"
                       else f"From vertex {x}, no marked vertex can be reached (-1)." for x, d in pairs))
