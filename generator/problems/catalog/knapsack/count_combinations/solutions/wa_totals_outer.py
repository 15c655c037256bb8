"""Wrong: totals in the outer loop and kinds in the inner one, so 1 + 2 and 2 + 1 are counted as two ways (this
counts ordered sequences of items, not choices)."""
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    values = [int(x) for x in data[2:2 + n]]
    ways = [0] * (s + 1)
    ways[0] = 1
    for total in range(1, s + 1):
        for a in values:
            if a <= total:
                ways[total] = (ways[total] + ways[total - a]) % MOD
    print(ways[s])


main()
