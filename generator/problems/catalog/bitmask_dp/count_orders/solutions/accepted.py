"""Reference: ways[mask] = number of orders in which exactly the tasks of `mask` are done first, every condition
among them respected. A task i not in `mask` may come next iff every task that must precede it is in `mask`
(need[i] is a subset of mask). Masks in increasing order (mask | bit > mask), O(2^N * N)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    need = [0] * n
    for k in range(m):
        a, b = int(data[2 + 2 * k]) - 1, int(data[3 + 2 * k]) - 1
        need[b] |= 1 << a
    full = 1 << n
    ways = [0] * full
    ways[0] = 1
    for mask in range(full):
        here = ways[mask]
        if here:
            for i in range(n):
                bit = 1 << i
                if not mask & bit and need[i] & mask == need[i]:
                    ways[mask | bit] += here
    print(ways[full - 1])


main()
