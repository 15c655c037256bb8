"""Greedy on the two ends of the deque. While an end can be taken (larger than the last taken number): take the
smaller usable end. If both ends are usable and equal, whichever is taken, the other end equals the new last number
and can never be taken again, so the rest is the strictly increasing run from the chosen end: take the longer one."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    l, r, last, taken = 0, n - 1, 0, 0
    while l <= r:
        left_ok, right_ok = a[l] > last, a[r] > last
        if left_ok and right_ok and a[l] == a[r]:
            run_left = 1
            while l + run_left <= r and a[l + run_left] > a[l + run_left - 1]:
                run_left += 1
            run_right = 1
            while r - run_right >= l and a[r - run_right] > a[r - run_right + 1]:
                run_right += 1
            taken += max(run_left, run_right)
            break
        if left_ok and (not right_ok or a[l] < a[r]):
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
