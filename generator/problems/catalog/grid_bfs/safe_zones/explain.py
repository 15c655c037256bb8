"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON. Finds the
lowest level that gives the answer, to name it."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
data = case["input"].split()
n, m = int(data[0]), int(data[1])
h = [[int(data[2 + r * m + c]) for c in range(m)] for r in range(n)]


def zones(level):
    seen = [[h[r][c] <= level for c in range(m)] for r in range(n)]
    count = 0
    for r in range(n):
        for c in range(m):
            if not seen[r][c]:
                count += 1
                seen[r][c] = True
                stack = [(r, c)]
                while stack:
                    x, y = stack.pop()
                    for nx, ny in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
                        if 0 <= nx < n and 0 <= ny < m and not seen[nx][ny]:
                            seen[nx][ny] = True
                            stack.append((nx, ny))
    return count


level = next((r for r in range(0, 101) if zones(r) == k), None)
# the count at r = 0 and at each height below the highest (between two heights nothing changes)
steps = [0] + sorted({x for row in h for x in row if x > 0})[:-1]
counts = [(r, zones(r)) for r in steps]
SHOWN = 8
more = ", …" if len(counts) > SHOWN else ""
levels = ", ".join(str(r) for r, _ in counts[:SHOWN]) + more
numbers = ", ".join(str(c) for _, c in counts[:SHOWN]) + more
if case["language"] == "ko":
    if level is None:
        print(f"안전 영역은 최대 {k}개입니다.")
    elif level == 0:
        print(f"아무 칸도 잠기지 않는 $r = 0$일 때 안전 영역이 {k}개로 가장 많습니다. $r$ = {levels}일 때 안전 영역은 차례로 {numbers}개입니다.")
    else:
        print(f"$r = {level}$이면 높이가 {level} 이하인 칸이 잠기고, 남은 칸이 안전 영역 {k}개로 나뉩니다. "
              f"$r$ = {levels}일 때 안전 영역은 차례로 {numbers}개로, 안전 영역이 이보다 많아지는 $r$은 없습니다.")
else:
    if level is None:
        print(f"The largest number of safe zones is {k}.")
    elif level == 0:
        print(f"With $r = 0$ no cell is flooded, and the {k} safe zone{'s' if k != 1 else ''} "
              f"at that level {'are' if k != 1 else 'is'} the most any level gives (for $r$ = {levels}: {numbers} "
              f"safe zones).")
    else:
        print(f"At $r = {level}$ the cells of height at most {level} are flooded and the rest form {k} safe "
              f"zone{'s' if k != 1 else ''}; no level gives more (for $r$ = {levels}: {numbers} safe zones).")
