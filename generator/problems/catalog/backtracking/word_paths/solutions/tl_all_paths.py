"""Too slow: enumerate every path of len(word) distinct side-adjacent cells from every cell, ignoring the letters
on the way, and compare the spelled string only at the end; no path is ever cut at a wrong letter."""
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    grid = data[2:2 + r]
    word = data[2 + r]
    n = len(word)
    cells = [grid[i][j] for i in range(r) for j in range(c)]
    near = [[(i + di) * c + j + dj for di, dj in ((-1, 0), (1, 0), (0, -1), (0, 1))
             if 0 <= i + di < r and 0 <= j + dj < c] for i in range(r) for j in range(c)]
    count = 0
    for start in range(r * c):
        stack = [[start]]
        while stack:
            path = stack.pop()
            if len(path) == n:
                count += "".join(cells[x] for x in path) == word
                continue
            for nxt in near[path[-1]]:
                if nxt not in path:
                    stack.append(path + [nxt])
    print(count)


main()
