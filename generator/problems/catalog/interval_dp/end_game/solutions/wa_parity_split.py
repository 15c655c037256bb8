"""Wrong: the known trick for an even row (the first player can secure all odd or all even positions) taken as
the answer: the better of the two parity classes minus the other. Not optimal, and wrong for odd N."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    odd, even = sum(a[0::2]), sum(a[1::2])
    print(max(odd - even, even - odd))


main()
