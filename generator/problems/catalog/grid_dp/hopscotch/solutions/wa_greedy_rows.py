"""Wrong: walks down greedily, taking each row's largest value outside the previous row's column (ties: the
leftmost), so a large value can block a larger one right below it."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + n * m]))
    col, total = -1, 0
    for i in range(n):
        row = values[i * m:(i + 1) * m]
        col = max((j for j in range(m) if j != col), key=row.__getitem__)
        total += row[col]
    print(total)


main()
