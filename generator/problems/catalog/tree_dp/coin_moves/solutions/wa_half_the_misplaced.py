"""Wrong: counts the coins that have to move (half of the sum of |c_i - 1|), as if each one could jump straight
to an empty vertex in one move."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(sum(abs(int(t) - 1) for t in data[1:n + 1]) // 2)


main()
