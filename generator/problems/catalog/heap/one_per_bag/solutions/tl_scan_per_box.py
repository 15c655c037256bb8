"""Too slow: each box scans every item for the most valuable unused one that fits (N times K)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    items = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[3:3 + 2 * n:2])))
    caps = sorted(map(int, data[2 + 2 * n:2 + 2 * n + k]))
    taken = [False] * n
    total = 0
    for cap in caps:
        best = -1
        for i in range(n):
            if not taken[i] and items[i][0] <= cap and (best < 0 or items[i][1] > items[best][1]):
                best = i
        if best >= 0:
            taken[best] = True
            total += items[best][1]
    print(total)


main()
