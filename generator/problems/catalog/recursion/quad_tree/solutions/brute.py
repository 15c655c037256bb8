"""Obviously correct, bottom-up: start from one string per pixel and merge blocks of 2 x 2 level by level; four
children that are all "0" (all "1") make "0" ("1"), any other four make "(" + children in Z order + ")"."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
level = [list(row) for row in data[1:1 + n]]
while len(level) > 1:
    half = len(level) // 2
    merged = []
    for r in range(half):
        row = []
        for c in range(half):
            kids = [level[2 * r][2 * c], level[2 * r][2 * c + 1], level[2 * r + 1][2 * c], level[2 * r + 1][2 * c + 1]]
            if kids == ["0"] * 4 or kids == ["1"] * 4:
                row.append(kids[0])
            else:
                row.append("(" + "".join(kids) + ")")
        merged.append(row)
    level = merged
print(level[0][0])
