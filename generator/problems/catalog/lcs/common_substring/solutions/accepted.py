"""Reference: run[i][j] = length of the longest common block ending at A[i] and B[j]: run[i-1][j-1] + 1 when
the letters are equal, else 0 (a block cannot skip letters). The answer is the largest entry, not the corner.
O(|A| * |B|) with one row kept."""
import sys


def main():
    a, b = sys.stdin.read().split()
    prev = [0] * (len(b) + 1)
    best = 0
    for ch in a:
        cur = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            if ch == other:
                cur[j] = prev[j - 1] + 1
        best = max(best, max(cur))
        prev = cur
    print(best)


main()
