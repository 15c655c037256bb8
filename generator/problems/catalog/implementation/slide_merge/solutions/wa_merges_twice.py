import sys


def slide(line):
    """One line moved toward its index 0: tiles packed, equal neighbours merged."""
    tiles = [v for v in line if v]
    out = []
    for v in tiles:
        out.append(v)
        while len(out) >= 2 and out[-1] == out[-2]:  # a merged tile merges again (2 2 4 -> 8)
            out[-2:] = [out[-1] * 2]
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
