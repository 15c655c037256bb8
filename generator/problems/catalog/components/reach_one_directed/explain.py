"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print(f"정점 1에 도착할 수 있는 정점은 1번을 포함해 {k}개입니다. 간선을 거꾸로 따라가며 1번에서 탐색하면 찾을 수 있습니다.")
else:
    print(f"{k} vertices, vertex 1 included, can reach vertex 1: exactly the ones found by searching from vertex 1 "
          "against the direction of the edges.")
