"""Wrong: the top-down DP reads best[j - 1] also at j = 0, where Python's index -1 is the last cell of the row
above, so the left edge can come from a cell that is not above it."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    rows, pos = [], 1
    for i in range(1, n + 1):
        rows.append([int(x) for x in data[pos:pos + i]])
        pos += i
    best = rows[0][:]
    for row in rows[1:]:
        best = [v + max(best[j - 1], best[j] if j < len(best) else best[j - 1]) for j, v in enumerate(row)]
    print(max(best))


main()
