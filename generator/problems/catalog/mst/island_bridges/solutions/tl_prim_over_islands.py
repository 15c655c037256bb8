"""Too slow: the cheapest bridge per pair of islands and Prim with a plain array over the islands,
O(islands^2) — fine for a handful of islands, not for tens of thousands."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    land = b"".join(data[2:2 + r])
    label = [-1] * (r * c)
    islands = 0
    for start in range(r * c):
        if land[start] != 35 or label[start] >= 0:
            continue
        label[start] = islands
        stack = [start]
        while stack:
            cell = stack.pop()
            i, j = divmod(cell, c)
            for nxt, ok in ((cell - c, i > 0), (cell + c, i < r - 1), (cell - 1, j > 0), (cell + 1, j < c - 1)):
                if ok and land[nxt] == 35 and label[nxt] < 0:
                    label[nxt] = islands
                    stack.append(nxt)
        islands += 1

    bridges = []
    for i in range(r):  # along rows
        last = -1
        for j in range(c):
            cell = i * c + j
            if land[cell] == 35:
                if last >= 0 and j - last - 1 >= 2 and label[cell] != label[i * c + last]:
                    bridges.append((j - last - 1, label[cell], label[i * c + last]))
                last = j
    for j in range(c):  # along columns
        last = -1
        for i in range(r):
            cell = i * c + j
            if land[cell] == 35:
                if last >= 0 and i - last - 1 >= 2 and label[cell] != label[last * c + j]:
                    bridges.append((i - last - 1, label[cell], label[last * c + j]))
                last = i
    # The cheapest bridge for every pair of islands, then Prim with an array over the islands: O(islands^2).
    cheapest = [dict() for _ in range(islands)]
    for length, a, b in bridges:
        if length < cheapest[a].get(b, 10 ** 9):
            cheapest[a][b] = length
            cheapest[b][a] = length
    inf = 10 ** 9
    dist = [inf] * islands
    used = [False] * islands
    dist[0] = 0
    total = 0
    for _ in range(islands):
        best, u = inf, -1
        for v in range(islands):
            if not used[v] and dist[v] < best:
                best, u = dist[v], v
        if u < 0:
            print(-1)
            return
        used[u] = True
        total += best
        for v, length in cheapest[u].items():
            if length < dist[v]:
                dist[v] = length
    print(total)


main()
