"""Wrong: only checks neighbouring items of the order, so an edge between items far apart goes unnoticed."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    order = [int(v) for v in data[2 + 2 * m:2 + 2 * m + n]]
    edges = set()
    for i in range(m):
        edges.add((int(data[2 + 2 * i]), int(data[3 + 2 * i])))
    ok = True
    for i in range(n - 1):
        if (order[i + 1], order[i]) in edges:
            ok = False
            break
    print("YES" if ok else "NO")


main()
