import sys


def slide(line):
    """Moves each tile one cell at a time toward index 0 until it stops, then merges it with the tile it hit."""
    line = line[:]
    merged = [False] * len(line)
    for j in range(1, len(line)):
        if not line[j]:
            continue
        k = j
        while k > 0 and line[k - 1] == 0:  # one cell per step
            line[k - 1], line[k] = line[k], 0
            k -= 1
        if k > 0 and line[k - 1] == line[k] and not merged[k - 1]:
            line[k - 1] *= 2
            line[k] = 0
            merged[k - 1] = True
    return line


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    board = [list(map(int, data[2 + i * n:2 + (i + 1) * n])) for i in range(n)]
    for move in data[2 + n * n]:
        if move == "L":
            board = [slide(row) for row in board]
        elif move == "R":
            board = [slide(row[::-1])[::-1] for row in board]
        else:
            cols = [list(c) for c in zip(*board)]
            cols = [slide(c) for c in cols] if move == "U" else [slide(c[::-1])[::-1] for c in cols]
            board = [list(r) for r in zip(*cols)]
    sys.stdout.write("\n".join(" ".join(map(str, row)) for row in board) + "\n")


main()
