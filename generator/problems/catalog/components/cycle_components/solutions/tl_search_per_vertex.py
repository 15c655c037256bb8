"""Too slow: from every vertex, a fresh search of its component; the component counts at its smallest vertex.
One long cycle makes every search walk the whole graph."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    cycles = 0
    for s in range(1, n + 1):
        seen = {s}
        stack = [s]
        all_two = True
        smallest = s
        while stack:
            u = stack.pop()
            smallest = min(smallest, u)
            if len(adj[u]) != 2:
                all_two = False
            for v in adj[u]:
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
        if all_two and smallest == s:
            cycles += 1
    print(cycles)


main()
