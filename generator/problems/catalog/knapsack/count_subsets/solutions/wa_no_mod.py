"""Wrong: forgets the remainder modulo 10^9+7 and prints the exact count."""
import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    ws = [int(x) for x in data[2:2 + n]]
    ways = [1] + [0] * target
    for w in ws:
        if w <= target:
            ways[w:] = [(a + b) for a, b in zip(ways[w:], ways)]
    print(ways[target])


main()
