"""Wrong: does not stop at the first hit, so it prints the last position whose running total reaches T."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    total = 0
    answer = -1
    for i in range(n):
        total += int(data[2 + i])
        if total >= t:
            answer = i + 1
    print(answer)


main()
