"""Which amounts can be made from unlimited packs: can[s] is true when some pack size a has can[s - a]. Scanning
s upwards lets a size be used again and again. One table up to the largest query answers every query."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    sizes = [int(x) for x in data[2:2 + n]]
    queries = [int(x) for x in data[2 + n:2 + n + q]]
    top = max(queries)
    can = [False] * (top + 1)
    can[0] = True
    for s in range(1, top + 1):
        for a in sizes:
            if a <= s and can[s - a]:
                can[s] = True
                break
    print("\n".join("YES" if can[x] else "NO" for x in queries))


main()
