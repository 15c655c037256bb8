"""A sample's explanation, computed from the sample: one path spelling the word (cells as (row, column)), and
the count."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
r, c = int(data[0]), int(data[1])
grid, word = data[2:2 + r], data[2 + r]
count = case["output"].strip()


def find(path):
    if len(path) == len(word):
        return path
    i, j = path[-1]
    for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
        if 0 <= x < r and 0 <= y < c and (x, y) not in path and grid[x][y] == word[len(path)]:
            found = find(path + [(x, y)])
            if found:
                return found
    return None


path = next((p for i in range(r) for j in range(c) if grid[i][j] == word[0] for p in [find([(i, j)])] if p), None)
if path is None:
    print(f"글자를 이어 읽은 결과가 {word}인 경로가 없으므로 0입니다." if ko else f"No path spells {word}, so the answer is 0.")
else:
    shown = " → ".join(f"({i + 1}, {j + 1})" for i, j in path)
    print(f"예를 들어 칸 {shown} 순서로 지나며 글자를 이어 읽으면 {word}입니다. 이런 경로는 모두 {count}개입니다." if ko
          else f"For example, the cells {shown} spell {word}. There are {count} such paths.")
