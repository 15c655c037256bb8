"""Too slow: keeps a group label per cell; a new cell that touches groups relabels the whole merged group by a
search from the new cell (a long island is walked again on every change)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols, k = int(data[0]), int(data[1]), int(data[2])
    label = [0] * (rows * cols)  # 0: not on yet
    groups = 0
    fresh = 0
    out = []
    for i in range(k):
        r, c = int(data[3 + 2 * i]) - 1, int(data[4 + 2 * i]) - 1
        cell = r * cols + c
        if not label[cell]:
            fresh += 1
            touching = set()
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and label[nr * cols + nc]:
                    touching.add(label[nr * cols + nc])
            groups += 1 - len(touching)
            label[cell] = fresh
            stack = [cell]
            while stack:
                v = stack.pop()
                y, x = divmod(v, cols)
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    w = ny * cols + nx
                    if 0 <= ny < rows and 0 <= nx < cols and label[w] and label[w] != fresh:
                        label[w] = fresh
                        stack.append(w)
        out.append(groups)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
