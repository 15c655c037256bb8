"""Wrong: an unreachable amount is reported as 0 instead of -1."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    coins = [int(x) for x in data[2:2 + n]]
    INF = t + 1
    best = [0] + [INF] * t
    for c in coins:
        for s in range(c, t + 1):
            if best[s - c] + 1 < best[s]:
                best[s] = best[s - c] + 1
    print(best[t] if best[t] < INF else 0)


main()
