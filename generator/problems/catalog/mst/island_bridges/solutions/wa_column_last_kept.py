"""Wrong: the reference, but the column scan sets `last` = -1 once before its loops instead of at each column, so
the first land cell of a column is paired with the last land row of the previous column (a bridge that does not
exist, between the wrong cells)."""
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
    last = -1
    for j in range(c):  # along columns
        for i in range(r):
            cell = i * c + j
            if land[cell] == 35:
                if last >= 0 and i - last - 1 >= 2 and label[cell] != label[last * c + j]:
                    bridges.append((i - last - 1, label[cell], label[last * c + j]))
                last = i
    bridges.sort()

    parent = list(range(islands))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, joined = 0, 0
    for length, a, b in bridges:
        a, b = find(a), find(b)
        if a != b:
            parent[a] = b
            total += length
            joined += 1
    print(total if joined == islands - 1 else -1)


main()
