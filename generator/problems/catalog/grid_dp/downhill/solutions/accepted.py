"""Reference: every move goes strictly downhill, so heights order the cells with all moves going forward (a
DAG). Visit cells from the highest down and push each cell's count to its lower neighbours; the route ends
on the last cell. Sorting dominates: O(N * M * log(N * M))."""
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    h = [int(x) for x in data[2:2 + n * m]]
    ways = [0] * (n * m)
    ways[0] = 1
    last = n * m - 1
    for cell in sorted(range(n * m), key=h.__getitem__, reverse=True):
        w = ways[cell]
        if w == 0 or cell == last:
            continue
        w %= MOD
        here, col = h[cell], cell % m
        if cell >= m and h[cell - m] < here:
            ways[cell - m] += w
        if cell + m <= last and h[cell + m] < here:
            ways[cell + m] += w
        if col > 0 and h[cell - 1] < here:
            ways[cell - 1] += w
        if col < m - 1 and h[cell + 1] < here:
            ways[cell + 1] += w
    print(ways[last] % MOD)


main()
