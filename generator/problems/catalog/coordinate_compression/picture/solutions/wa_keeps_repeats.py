"""Wrong: sorts the coordinates without removing repeats, so a repeated coordinate takes several indices and the
picture gets empty extra columns/rows (and points land in the first copy's index)."""
import sys
from bisect import bisect_left


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    points = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
    columns = sorted(x for x, _ in points)
    rows = sorted(-y for _, y in points)
    grid = [["."] * len(columns) for _ in rows]
    for x, y in points:
        grid[bisect_left(rows, -y)][bisect_left(columns, x)] = "#"
    out = [f"{len(rows)} {len(columns)}"] + ["".join(row) for row in grid]
    sys.stdout.write("\n".join(out) + "\n")


main()
