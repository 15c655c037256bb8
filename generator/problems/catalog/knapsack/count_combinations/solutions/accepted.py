"""Reference: ways[s] counts the choices among the kinds seen so far that total s. Kinds go in the outer loop and
the totals upwards in the inner one, so ways[s - a] already includes any number of the current kind and every
choice is counted once, in the order of the kinds (never as a sequence). O(N * S), modulo 10^9 + 7."""
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
            ways[total] = (ways[total] + ways[total - a]) % MOD
    print(ways[s])


main()
