"""Number of choices (each item at most once) with total exactly S, mod 10^9+7: ways[s] counts the choices among
the items seen so far with total s. An item adds ways[s - w] to ways[s], read from the row before the item
(a new list is built from the old one, so the item is never added twice)."""
import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    ws = [int(x) for x in data[2:2 + n]]
    ways = [1] + [0] * target
    for w in ws:
        if w <= target:
            ways[w:] = [(a + b) % MOD for a, b in zip(ways[w:], ways)]
    print(ways[target])


main()
