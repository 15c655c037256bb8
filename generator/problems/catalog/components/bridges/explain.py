"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print(f"꼭 필요한 간선은 {k}개입니다. 사이클에 속한 간선은 없애도 다른 길이 남으므로 세지 않습니다.")
else:
    print(f"There {'is' if k == 1 else 'are'} {k} critical edge{'s' if k != 1 else ''}. An edge on a cycle leaves "
          "another route when removed, so it is not counted.")
