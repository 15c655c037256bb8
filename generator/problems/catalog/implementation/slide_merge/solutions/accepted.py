import sys


def slide(line):
    """One line moved toward its index 0: tiles packed, equal neighbours merged once, nearest the wall first."""
    tiles = [v for v in line if v]
    out = []
    i = 0
    while i < len(tiles):
        if i + 1 < len(tiles) and tiles[i] == tiles[i + 1]:
            out.append(tiles[i] * 2)  # the merged tile does not merge again in this move
            i += 2
        else:
            out.append(tiles[i])
            i += 1
    return out + [0] * (len(line) - len(out))


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
