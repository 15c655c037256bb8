"""Wrong: keeps each piece's top-left colour and repaints the rest to match, so of the two colourings it only tries
the one its top-left pixel already has; a piece whose top-left pixel is the one to repaint costs 64 - k, not k."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    board = data[2:2 + n]
    best = 64
    for top in range(n - 7):
        for left in range(m - 7):
            first = board[top][left]
            other = "B" if first == "W" else "W"
            wrong = 0
            for i in range(8):
                row = board[top + i]
                for j in range(8):
                    if row[left + j] != (first if (i + j) % 2 == 0 else other):
                        wrong += 1
            best = min(best, wrong)
    print(best)


main()
