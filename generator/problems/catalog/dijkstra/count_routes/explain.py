"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n = case["input"].split()[0]
values = case["output"].split()
if values == ["-1"]:
    print(f"1번 정점에서 {n}번 정점으로 갈 수 없으므로 -1입니다." if ko else
          f"Vertex {n} cannot be reached from vertex 1, so the answer is -1.")
elif ko:
    print(f"가장 빠른 시간은 {values[0]}이고, 이 시간이 걸리는 경로는 {values[1]}개입니다. "
          f"같은 두 정점을 잇는 간선이 여러 개이면 각각 다른 경로로 셉니다.")
else:
    print(f"The fastest time is {values[0]}, and {values[1]} different routes take exactly that long. "
          f"Parallel edges between the same two vertices make different routes.")
