"""Wrong: the right count, printed exactly instead of modulo 10^9 + 7 (Python does not overflow)."""
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    values = [int(x) for x in data[2:2 + n]]
    ways = [0] * (s + 1)
    ways[0] = 1
    for a in values:
        for total in range(a, s + 1):
            ways[total] += ways[total - a]
    print(ways[s])


main()
