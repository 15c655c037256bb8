"""Wrong: the totals run downwards (the 0/1 knapsack order), so every kind is used at most once."""
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    values = [int(x) for x in data[2:2 + n]]
    ways = [0] * (s + 1)
    ways[0] = 1
    for a in values:
        for total in range(s, a - 1, -1):
            ways[total] = (ways[total] + ways[total - a]) % MOD
    print(ways[s])


main()
