"""Wrong: every kind is used at most once (the 0/1 table, sums scanned downwards)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    sizes = [int(x) for x in data[2:2 + n]]
    queries = [int(x) for x in data[2 + n:2 + n + q]]
    top = max(queries)
    can = [False] * (top + 1)
    can[0] = True
    for a in sizes:
        for s in range(top, a - 1, -1):
            if can[s - a]:
                can[s] = True
    print("\n".join("YES" if can[x] else "NO" for x in queries))


main()
