"""Wrong: compares each value on its own with T instead of the running total."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    for i in range(n):
        if int(data[2 + i]) >= t:
            print(i + 1)
            return
    print(-1)


main()
