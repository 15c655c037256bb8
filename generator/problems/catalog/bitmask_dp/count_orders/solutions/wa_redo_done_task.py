"""Wrong: forgets to skip tasks already in the mask, so a done task is 'done again' (mask | bit == mask) and the
count of the mask is added to itself."""
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
                if need[i] & mask == need[i]:
                    ways[mask | bit] += here
    print(ways[full - 1])


main()
