"""Too slow: one queen per row and per column is a permutation; try all N! of them and keep those in which no
two queens share a diagonal. No partial placement is ever cut off, so N = 10 means 3.6 million checks."""
import sys
from itertools import permutations


def count(n):
    total = 0
    for perm in permutations(range(n)):
        if len({r + c for r, c in enumerate(perm)}) == n and len({r - c for r, c in enumerate(perm)}) == n:
            total += 1
    return total


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    print("\n".join(str(count(int(x))) for x in data[1:1 + t]))


main()
