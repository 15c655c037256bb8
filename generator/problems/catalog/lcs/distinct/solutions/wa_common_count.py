"""Wrong: counts the values the lists share and ignores their order."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    print(len(set(data[2:2 + n]) & set(data[2 + n:2 + n + m])))


main()
