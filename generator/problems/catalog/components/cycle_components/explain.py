"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print(f"고리인 무리는 {k}개입니다. 간선 수가 정점 수와 같아도 매달린 정점이 있으면 고리가 아닙니다.")
else:
    print(f"{k} group{'s are rings' if k != 1 else ' is a ring'}. A group with as many edges as vertices but a "
          "hanging vertex is not a ring.")
