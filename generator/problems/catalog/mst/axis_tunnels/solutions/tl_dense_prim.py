"""Too slow: Prim on the complete graph of all pairs with a cost-to-tree array, O(N^2) for N = 10^5."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = [int(v) for v in data[1:3 * n + 1:3]]
    ys = [int(v) for v in data[2:3 * n + 2:3]]
    zs = [int(v) for v in data[3:3 * n + 3:3]]
    # Prim on the complete graph with a cost-to-tree array: O(N^2).
    px, py, pz = xs.pop(), ys.pop(), zs.pop()
    cost = [min(abs(x - px), abs(y - py), abs(z - pz)) for x, y, z in zip(xs, ys, zs)]
    total = 0
    while cost:
        best = min(cost)
        i = cost.index(best)
        total += best
        px, py, pz = xs[i], ys[i], zs[i]
        xs[i], ys[i], zs[i], cost[i] = xs[-1], ys[-1], zs[-1], cost[-1]
        xs.pop(), ys.pop(), zs.pop(), cost.pop()
        cost = [min(c, abs(x - px), abs(y - py), abs(z - pz)) for c, x, y, z in zip(cost, xs, ys, zs)]
    print(total)


main()
