"""Reference: the smallest k for which a proper k-colouring exists, trying k = 1, 2, ... Each test is a
backtracking over the vertices in decreasing order of degree: a vertex gets a colour none of its coloured
neighbours has, and a colour never used before only as the next new one (colour names are interchangeable,
so this cuts the symmetric copies). A branch dies as soon as a vertex has no allowed colour. The recursion depth
is at most N."""
import sys


def colourable(n, near, order, k):
    colour = [-1] * n

    def place(i, used):
        if i == n:
            return True
        v = order[i]
        taken = {colour[u] for u in near[v]}
        for c in range(min(used + 1, k)):
            if c not in taken:
                colour[v] = c
                if place(i + 1, max(used, c + 1)):
                    return True
                colour[v] = -1
        return False

    return place(0, 0)


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    near = [[] for _ in range(n)]
    for e in range(m):
        u, v = data[2 + 2 * e] - 1, data[3 + 2 * e] - 1
        near[u].append(v)
        near[v].append(u)
    order = sorted(range(n), key=lambda v: -len(near[v]))
    k = 1
    while not colourable(n, near, order, k):
        k += 1
    print(k)


main()
