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
else:
    route = " → ".join(values[2:])
    if ko:
        print(f"경로 {route}의 시간은 {values[0]}이고, 이보다 빠른 경로는 없습니다. "
              f"시간이 같은 다른 경로를 출력해도 정답입니다.")
    else:
        print(f"The route {route} takes {values[0]}, and no route is faster. "
              f"Any other route with the same time is accepted as well.")
