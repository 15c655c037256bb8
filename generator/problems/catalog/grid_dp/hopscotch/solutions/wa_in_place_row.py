"""Wrong: keeps one table row and updates it in place from left to right, so a column reads the already updated
(current-row) values of the columns before it instead of the previous row's."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + n * m]))
    best = values[:m]
    for i in range(1, n):
        row = values[i * m:(i + 1) * m]
        for j in range(m):
            best[j] = row[j] + max(best[k] for k in range(m) if k != j)
    print(max(best))


main()
