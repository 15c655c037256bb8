"""Wrong: cuts the row into the fewest palindromic pieces, as if the row never closed up after a removal (so a
palindrome can never be completed by removing what sits inside it first)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    c = [int(x) for x in data[1:1 + n]]
    pal = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            pal[i][j] = c[i] == c[j] and (j - i < 2 or pal[i + 1][j - 1])
    pieces = [0] + [n + 1] * n  # pieces[p]: fewest pieces for the first p items
    for j in range(n):
        pieces[j + 1] = min(pieces[i] + 1 for i in range(j + 1) if pal[i][j])
    print(pieces[n])


main()
