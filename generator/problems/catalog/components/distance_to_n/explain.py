"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print("정점 1에서 정점 N으로 가는 길이 없습니다." if k < 0 else
          f"가장 짧은 길은 간선 {k}개를 지납니다. 더 긴 길이 있어도 가장 짧은 길만 셉니다.")
else:
    print("There is no route from vertex 1 to vertex N." if k < 0 else
          f"The shortest route uses {k} edge{'s' if k != 1 else ''}; longer routes may exist but do not count.")
