"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print("`G`에 갈 수 없습니다." if k < 0 else
          f"최소 {k}번 이동해 `G`에 도착합니다. 열쇠를 주운 뒤에는 이미 지나온 칸을 다시 지나가야 할 수도 있습니다.")
else:
    print("`G` cannot be reached." if k < 0 else
          f"`G` is reached after {k} move{'s' if k != 1 else ''} at least; after picking up a key the way may lead "
          "back over cells already walked.")
