"""Wrong: the loops stop one position early, missing pieces that touch the bottom or right edge."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    board = data[2:2 + n]
    best = 64
    for top in range(n - 8):
        for left in range(m - 8):
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
