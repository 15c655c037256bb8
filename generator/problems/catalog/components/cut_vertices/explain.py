"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print(f"꼭 필요한 정점은 {k}개입니다. 그 정점을 막으면 원래 이어져 있던 두 정점 사이의 길이 모두 끊깁니다.")
else:
    print(f"There {'is' if k == 1 else 'are'} {k} critical vertex{'es' if k != 1 else ''}: closing one cuts every "
          "route between some two vertices that were connected.")
