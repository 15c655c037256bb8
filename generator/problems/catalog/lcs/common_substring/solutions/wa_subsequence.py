"""Wrong: on a mismatch keeps the better neighbour (the LCS table), so the letters need not be consecutive."""
import sys


def main():
    a, b = sys.stdin.read().split()
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            cur[j] = prev[j - 1] + 1 if ch == other else max(prev[j], cur[j - 1])
        prev = cur
    print(prev[len(b)])


main()
