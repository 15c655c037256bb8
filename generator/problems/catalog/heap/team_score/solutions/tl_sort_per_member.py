"""Too slow: for every possible smallest factor, sorts the speeds of all eligible members again."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    members = sorted(zip(map(int, data[3:3 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])), reverse=True)
    best = 0
    for i, (factor, _) in enumerate(members):
        speeds = sorted((s for _, s in members[:i + 1]), reverse=True)
        best = max(best, sum(speeds[:k]) * factor)
    print(best)


main()
