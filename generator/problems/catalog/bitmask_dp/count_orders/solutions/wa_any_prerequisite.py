"""Wrong: lets a task come next as soon as ANY of its prerequisites is done (need[i] & mask is non-zero),
instead of all of them."""
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
                if not mask & bit and (need[i] == 0 or need[i] & mask):
                    ways[mask | bit] += here
    print(ways[full - 1])


main()
