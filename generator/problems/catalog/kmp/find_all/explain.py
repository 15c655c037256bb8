"""A sample's explanation: the occurrences, computed from the sample."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
t, p = case["input"].split()
found = [i + 1 for i in range(len(t) - len(p) + 1) if t[i:i + len(p)] == p]
spans = ", ".join(f"{i}..{i + len(p) - 1}" for i in found)
if ko:
    print(f"`{p}`는 {spans} 구간에 나타나므로 {len(found)}번입니다." if found else f"`{p}`는 한 번도 나타나지 않습니다.")
else:
    print(f"`{p}` occupies positions {spans}: {len(found)} occurrences." if found else f"`{p}` never occurs, so the answer is 0.")
