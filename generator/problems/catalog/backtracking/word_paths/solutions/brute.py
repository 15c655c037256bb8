"""Obviously correct: every sequence of len(word) distinct cells (tiny grids), kept if consecutive cells share a
side and the letters spell the word."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
r, c = int(data[0]), int(data[1])
grid = data[2:2 + r]
word = data[2 + r]
cells = [(i, j) for i in range(r) for j in range(c)]
print(sum(1 for seq in permutations(cells, len(word)) if len(word) <= len(cells)
          and all(grid[i][j] == ch for (i, j), ch in zip(seq, word))
          and all(abs(a[0] - b[0]) + abs(a[1] - b[1]) == 1 for a, b in zip(seq, seq[1:]))))
