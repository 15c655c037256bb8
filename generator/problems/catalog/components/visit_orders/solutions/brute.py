"""Obviously correct: the DFS written recursively straight from the statement (a raised recursion limit), and the
BFS built level by level: the next level is every unvisited neighbour of the current level's vertices, taken in
the current level's order and, per vertex, in increasing order."""
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n, m, v = int(data[0]), int(data[1]), int(data[2])
edges = {(int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(m)}


def neighbours(x):
    return sorted({b for a, b in edges if a == x} | {a for a, b in edges if b == x})


order = []


def dfs(x):
    order.append(x)
    for y in neighbours(x):
        if y not in order:
            dfs(y)


dfs(v)
level, visited = [v], [v]
while level:
    nxt = []
    for x in level:
        for y in neighbours(x):
            if y not in visited:
                visited.append(y)
                nxt.append(y)
    level = nxt
print(" ".join(map(str, order)))
print(" ".join(map(str, visited)))
