"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Lists the move sequences when there are few (→ right, ↓ down, ↘ diagonal)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n = int(tokens[0])
g = tokens[1:1 + n]


def free(r, c):
    return r < n and c < n and g[r][c] == "."


routes = []


def walk(r, c, d, path):
    if (r, c) == (n - 1, n - 1):
        routes.append(path)
        return
    if d in "hd" and free(r, c + 1):
        walk(r, c + 1, "h", path + "→")
    if d in "vd" and free(r + 1, c):
        walk(r + 1, c, "v", path + "↓")
    if free(r, c + 1) and free(r + 1, c) and free(r + 1, c + 1):
        walk(r + 1, c + 1, "d", path + "↘")


walk(0, 1, "h", "")
answer = case["output"].strip()
shown = ", ".join(routes[:8]) + ((" 외" if ko else " and more") if len(routes) > 8 else "")
if not routes:
    print("끝을 $(N, N)$으로 옮기는 방법이 없습니다." if ko else "No move sequence reaches $(N, N)$.")
elif ko:
    print(f"이동 순서는 모두 {answer}가지입니다: {shown} (→ 가로, ↓ 세로, ↘ 대각선).")  # no particle after arrows
else:
    print(f"The move sequences are {shown}: {answer} in all (→ right, ↓ down, ↘ diagonal).")
