"""A sample's explanation, computed from the sample: for the first board with a placement, one placement drawn
row by row (the first in column order), and every board's count."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
sides = data[1:1 + data[0]]
counts = case["output"].split()


def first_placement(n):
    cols = []
    stack = [0]  # next column to try in the current row
    while stack:
        row = len(stack) - 1
        if row == n:
            return cols
        c = stack[-1]
        while c < n and not all(c != q and abs(c - q) != row - r for r, q in enumerate(cols)):
            c += 1
        if c == n:
            stack.pop()
            if cols:
                cols.pop()
                stack[-1] += 1
            continue
        stack[-1] = c
        cols.append(c)
        stack.append(0)
    return None


parts = []
for n, k in zip(sides, counts):
    parts.append(f"N = {n}: {k}")
shown = next(((n, first_placement(n)) for n in sides if first_placement(n)), None)
if ko:
    text = "판의 크기별 배치의 수는 " + ", ".join(parts) + "입니다."
    if shown:
        n, cols = shown
        text += f" 예를 들어 N = {n}일 때 한 가지 배치는 (위쪽 행부터) " + \
            " / ".join("".join("Q" if c == q else "." for c in range(n)) for q in cols) + "입니다."
else:
    text = "The counts per board are " + ", ".join(parts) + "."
    if shown:
        n, cols = shown
        text += f" For N = {n}, one placement (rows from the top) is " + \
            " / ".join("".join("Q" if c == q else "." for c in range(n)) for q in cols) + "."
print(text)
