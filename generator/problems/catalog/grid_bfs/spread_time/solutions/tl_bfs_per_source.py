"""Too slow: a separate BFS from every source, keeping each cell's smallest distance; the work grows with the
number of sources."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    best = [-1] * (n * m)
    for s in range(n * m):
        if g[s] != "*":
            continue
        dist = [-1] * (n * m)
        dist[s] = 0
        queue = [s]
        head = 0
        while head < len(queue):
            x = queue[head]
            head += 1
            if best[x] < 0 or dist[x] < best[x]:
                best[x] = dist[x]
            r, c = divmod(x, m)
            for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, c > 0), (x + 1, c < m - 1)):
                if ok and g[y] == "." and dist[y] < 0:
                    dist[y] = dist[x] + 1
                    queue.append(y)
    if any(g[s] == "." and best[s] < 0 for s in range(n * m)):
        print(-1)
    else:
        print(max(best))


main()
