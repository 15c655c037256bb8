"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print("정점 N에 갈 수 없습니다." if k == 0 else
          f"가장 짧은 길은 {k}가지입니다(1 000 000 007로 나눈 나머지). 더 긴 길은 세지 않습니다.")
else:
    print("Vertex N cannot be reached." if k == 0 else
          f"There are {k} shortest routes (modulo 1 000 000 007); longer routes are not counted.")
