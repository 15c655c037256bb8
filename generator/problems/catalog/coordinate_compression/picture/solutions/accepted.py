"""Compress each axis on its own: the sorted different x-coordinates are the columns, the different y-coordinates
sorted from the largest are the rows; a dictionary gives each coordinate its index."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    points = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
    columns = sorted({x for x, _ in points})
    rows = sorted({y for _, y in points}, reverse=True)
    column_of = {x: i for i, x in enumerate(columns)}
    row_of = {y: i for i, y in enumerate(rows)}
    grid = [["."] * len(columns) for _ in rows]
    for x, y in points:
        grid[row_of[y]][column_of[x]] = "#"
    out = [f"{len(rows)} {len(columns)}"] + ["".join(row) for row in grid]
    sys.stdout.write("\n".join(out) + "\n")


main()
