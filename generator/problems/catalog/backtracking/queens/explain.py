"""A sample's explanation, computed from the sample: one placement drawn as a board (the first in the order of
columns row by row), and the count."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n = int(case["input"].split()[0])
count = case["output"].strip()
cols = []


def extend(row):
    if row == n:
        return True
    for c in range(n):
        if all(c != q and abs(c - q) != row - r for r, q in enumerate(cols)):
            cols.append(c)
            if extend(row + 1):
                return True
            cols.pop()
    return False


if extend(0):
    board = " / ".join("".join("Q" if c == q else "." for c in range(n)) for q in cols)
    print(f"가능한 배치의 예 (위쪽 행부터): {board}. 이런 배치가 모두 {count}가지입니다." if ko
          else f"One placement, rows from the top: {board}. There are {count} placements in all.")
else:
    print(f"N = {n}일 때는 조건을 만족하는 배치가 없으므로 0입니다." if ko
          else f"For N = {n} no placement works, so the answer is 0.")
