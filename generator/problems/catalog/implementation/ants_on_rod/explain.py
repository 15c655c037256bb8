"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
head, *rows = case["input"].strip().split("\n")
n, length, t = map(int, head.split())
fallen = case["output"].split().count("-1")
ghosts = sorted(int(p) + t if d == "R" else int(p) - t for p, d in (r.split() for r in rows))
if case["language"] == "ko":
    print(f"만날 때 방향을 바꾸는 대신 서로 지나간다고 보면 {t}초 뒤의 지점은 {', '.join(map(str, ghosts))}입니다. "
          f"순서는 바뀌지 않으므로 왼쪽에서 k번째가 k번째 지점을 차지하며, 0보다 작거나 {length}보다 큰 지점 {fallen}개는 떨어진 것입니다.")
else:
    print(f"Letting them walk through each other instead of turning gives the points {', '.join(map(str, ghosts))} "
          f"after {t} seconds; nobody overtakes, so the k-th from the left takes the k-th point, and the {fallen} "
          f"outside 0..{length} {'has' if fallen == 1 else 'have'} fallen off.")
