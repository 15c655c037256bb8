"""Wrong: greedily flips every row with more tails than heads, then every column likewise, instead of trying all
sets of rows."""
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    grid = [[ch == "T" for ch in data[2 + i]] for i in range(r)]
    for i in range(r):
        if 2 * sum(grid[i]) > c:
            grid[i] = [not v for v in grid[i]]
    total = 0
    for j in range(c):
        t = sum(grid[i][j] for i in range(r))
        total += min(t, r - t)
    print(total)


main()
