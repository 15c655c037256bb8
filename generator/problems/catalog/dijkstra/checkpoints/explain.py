"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n = case["input"].split()[0]
answer = case["output"].strip()
if answer == "-1":
    print(f"1번 정점에서 {n}번 정점으로 갈 수 없으므로 -1입니다." if ko else
          f"Vertex {n} cannot be reached from vertex 1, so the answer is -1.")
elif ko:
    print(f"간선 u → v를 지나는 비용을 w + c_v로 보면 가장 빠른 전체 시간은 {answer}입니다. "
          f"간선만 가장 빠른 경로는 검문 시간 때문에 더 느릴 수 있습니다.")
else:
    print(f"Counting an edge u → v as w + c_v, the fastest total time is {answer}. "
          f"The route with the fastest edges alone can be slower once its checks are added.")
