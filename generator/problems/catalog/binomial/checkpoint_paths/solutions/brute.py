"""Obviously correct on small grids: enumerate every walk (the positions of its down moves) and check it."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    rows, cols, r, c = map(int, data[1 + 4 * i:5 + 4 * i])
    moves = rows - 1 + cols - 1
    count = 0
    for downs in combinations(range(moves), rows - 1):
        row, col, seen = 1, 1, (r, c) == (1, 1)
        down_set = set(downs)
        for step in range(moves):
            if step in down_set:
                row += 1
            else:
                col += 1
            seen = seen or (row, col) == (r, c)
        count += seen
    print(count)
