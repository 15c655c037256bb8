"""Wrong: on equal ends always takes the front (the rule for different numbers), ignoring that the run behind
the back may be longer."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    l, r, last, taken = 0, n - 1, 0, 0
    while l <= r:
        left_ok, right_ok = a[l] > last, a[r] > last
        if left_ok and (not right_ok or a[l] <= a[r]):
            last = a[l]
            l += 1
        elif right_ok:
            last = a[r]
            r -= 1
        else:
            break
        taken += 1
    print(taken)


main()
