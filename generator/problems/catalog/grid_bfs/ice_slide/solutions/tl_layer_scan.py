"""Too slow: for each move count d, scans the whole map for cells at distance d and simulates their slides cell by
cell; the work is (answer + 1) times the map size."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    size = n * m
    start, goal = g.index("S"), g.index("G")
    dist = [-1] * size
    dist[start] = 0
    d = 0
    grew = True
    while grew and dist[goal] < 0:
        grew = False
        for x in range(size):
            if dist[x] != d:
                continue
            r, c = divmod(x, m)
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nr, nc = r, c
                while 0 <= nr + dr < n and 0 <= nc + dc < m and g[(nr + dr) * m + nc + dc] != "#":
                    nr, nc = nr + dr, nc + dc
                y = nr * m + nc
                if dist[y] < 0:
                    dist[y] = d + 1
                    grew = True
        d += 1
    print(dist[goal])


main()
