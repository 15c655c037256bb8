"""Reference: one BFS started from all sources at once (multi-source BFS); the answer is the largest distance, or
-1 when some open cell is never reached."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    dist = [-1] * (n * m)
    queue = [s for s in range(n * m) if g[s] == "*"]
    for s in queue:
        dist[s] = 0
    head = 0
    while head < len(queue):
        x = queue[head]
        head += 1
        r, c = divmod(x, m)
        d = dist[x] + 1
        for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, c > 0), (x + 1, c < m - 1)):
            if ok and g[y] == "." and dist[y] < 0:
                dist[y] = d
                queue.append(y)
    if any(g[s] == "." and dist[s] < 0 for s in range(n * m)):
        print(-1)
    else:
        print(max(dist))


main()
