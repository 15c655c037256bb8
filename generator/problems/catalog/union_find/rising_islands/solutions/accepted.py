"""Reference: union-find over the cells; a new cell adds one group, each merge with a different neighbouring
group removes one."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols, k = int(data[0]), int(data[1]), int(data[2])
    parent = list(range(rows * cols))
    on = bytearray(rows * cols)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = 0
    out = []
    for i in range(k):
        r, c = int(data[3 + 2 * i]) - 1, int(data[4 + 2 * i]) - 1
        cell = r * cols + c
        if not on[cell]:
            on[cell] = 1
            groups += 1
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and on[nr * cols + nc]:
                    a, b = find(cell), find(nr * cols + nc)
                    if a != b:
                        parent[b] = a
                        groups -= 1
        out.append(groups)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
