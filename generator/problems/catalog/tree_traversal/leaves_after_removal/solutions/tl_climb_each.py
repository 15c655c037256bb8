"""Too slow: for every vertex climbs the parents up to the root to see whether d is on the way: O(N·depth),
quadratic on a path-like tree. Leaves are then counted from children counts of the survivors."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    par = [0] + [int(t) for t in data[1:n + 1]]
    d = int(data[n + 1])
    alive = [False] * (n + 1)
    for v in range(1, n + 1):
        x = v
        while x and x != d:
            x = par[x]
        alive[v] = x == 0
    kids = [0] * (n + 1)
    for v in range(1, n + 1):
        if alive[v] and par[v]:
            kids[par[v]] += 1
    print(sum(1 for v in range(1, n + 1) if alive[v] and kids[v] == 0))


main()
