"""Wrong: the grid as one flat row without a column check on sideways steps: a step left from column 0 or right from
the last column wraps into the row above or below (left: x > 0, right: x < N*M - 1 instead of the column test)."""
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
        for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, x > 0), (x + 1, x < n * m - 1)):
            if ok and g[y] == "." and dist[y] < 0:
                dist[y] = d
                queue.append(y)
    if any(g[s] == "." and dist[s] < 0 for s in range(n * m)):
        print(-1)
    else:
        print(max(dist))


main()
