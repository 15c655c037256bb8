"""A sample's explanation, computed from the sample: one best partition (every partition; samples are small)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
a = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]


def partitions(k):
    if k == 0:
        yield []
        return
    for groups in partitions(k - 1):
        for g in range(len(groups)):
            yield groups[:g] + [groups[g] + [k - 1]] + groups[g + 1:]
        yield groups + [[k - 1]]


def total(p):
    return sum(a[i][j] for group in p for i in group for j in group if i < j)


best = max(partitions(n), key=total)
shown = " ".join("{" + ", ".join(str(i + 1) for i in group) + "}" for group in best)
print(f"{shown}처럼 나누면 합이 {total(best)}이며, 이보다 큰 나누기는 없습니다." if ko
      else f"The groups {shown} give {total(best)}, and no partition gives more.")
