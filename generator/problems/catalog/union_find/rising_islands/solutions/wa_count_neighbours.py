"""Wrong: subtracts one per neighbouring cell that is on, even when two neighbours are already in one group."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols, k = int(data[0]), int(data[1]), int(data[2])
    on = bytearray(rows * cols)
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
                    groups -= 1
        out.append(groups)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
