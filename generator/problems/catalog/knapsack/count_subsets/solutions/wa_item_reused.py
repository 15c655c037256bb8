"""Wrong: the sums are scanned upwards in one array, so an item already added can be added again (reuse)."""
import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    ws = [int(x) for x in data[2:2 + n]]
    ways = [1] + [0] * target
    for w in ws:
        for s in range(w, target + 1):
            ways[s] = (ways[s] + ways[s - w]) % MOD
    print(ways[target])


main()
