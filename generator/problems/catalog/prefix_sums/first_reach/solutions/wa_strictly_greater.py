"""Wrong: waits for the running total to exceed T, so a total exactly equal to T is missed."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    total = 0
    for i in range(n):
        total += int(data[2 + i])
        if total > t:
            print(i + 1)
            return
    print(-1)


main()
