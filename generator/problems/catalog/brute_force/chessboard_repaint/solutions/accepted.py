"""Reference (brute force): every top-left corner of the 8 x 8 piece ((N - 7) * (M - 7) of them); count the cells
that differ from the chessboard whose top-left is W; the other chessboard needs 64 minus that."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    board = data[2:2 + n]
    best = 64
    for top in range(n - 7):
        for left in range(m - 7):
            wrong = 0
            for i in range(top, top + 8):
                row = board[i]
                for j in range(left, left + 8):
                    expected = "W" if (i - top + j - left) % 2 == 0 else "B"
                    if row[j] != expected:
                        wrong += 1
            best = min(best, wrong, 64 - wrong)
    print(best)


main()
