"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["input"].split()[3])
answer = int(case["output"].split()[0])
if case["language"] == "ko":
    print(f"출발점에서 거리가 {k} 이하인 정점은 {answer}개입니다. 거리는 가장 짧은 경로로 셉니다. 먼저 찾은 경로가 더 길 수도 있습니다.")
else:
    counted = "1 vertex is" if answer == 1 else f"{answer} vertices are"
    print(f"{counted} at distance at most {k} from the start. Distances are measured along the shortest "
          "route, not the first route a search happens to find.")
