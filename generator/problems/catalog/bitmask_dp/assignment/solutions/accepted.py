"""Reference: best[mask] = cheapest way to give the jobs in `mask` to agents 1..popcount(mask). The next agent is
popcount(mask); it takes any free job. O(2^N * N)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    cost = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    full = 1 << n
    INF = float("inf")
    best = [INF] * full
    best[0] = 0
    for mask in range(full - 1):
        here = best[mask]
        row = cost[bin(mask).count("1")]
        for job in range(n):
            if not mask >> job & 1:
                nxt = mask | 1 << job
                if here + row[job] < best[nxt]:
                    best[nxt] = here + row[job]
    print(best[full - 1])


main()
