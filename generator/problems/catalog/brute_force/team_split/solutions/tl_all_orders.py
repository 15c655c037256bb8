"""Too slow: tries every order of the N people and takes the first half as team A, N! orders."""
import sys
from itertools import permutations


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    s = [[int(data[1 + i * n + j]) for j in range(n)] for i in range(n)]
    half = n // 2
    best = None
    for order in permutations(range(n)):
        a, b = order[:half], order[half:]
        diff = abs(sum(s[i][j] for i in a for j in a) - sum(s[i][j] for i in b for j in b))
        if best is None or diff < best:
            best = diff
    print(best)


main()
