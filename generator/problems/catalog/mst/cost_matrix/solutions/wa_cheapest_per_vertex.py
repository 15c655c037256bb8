"""Wrong: every vertex but the first pays its own cheapest link — such links can pair up and leave groups apart."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    cost = [[int(t) for t in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    print(sum(min(c for j, c in enumerate(cost[i]) if j != i) for i in range(1, n)))


main()
