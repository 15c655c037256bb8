"""Too slow: the general interval DP over the numbers, keeping the smallest and the largest value of every stretch
(a - b is smallest with the largest b): O(K^3) for K numbers."""
import sys


def main():
    expr = sys.stdin.readline().strip()
    nums, ops, cur = [], [], ""
    for ch in expr:
        if ch in "+-":
            nums.append(int(cur))
            ops.append(ch)
            cur = ""
        else:
            cur += ch
    nums.append(int(cur))
    k = len(nums)
    lo = [[0] * k for _ in range(k)]
    hi = [[0] * k for _ in range(k)]
    for i in range(k):
        lo[i][i] = hi[i][i] = nums[i]
    for length in range(2, k + 1):
        for i in range(0, k - length + 1):
            j = i + length - 1
            best_lo, best_hi = None, None
            for m in range(i, j):
                if ops[m] == "+":
                    a, b = lo[i][m] + lo[m + 1][j], hi[i][m] + hi[m + 1][j]
                else:
                    a, b = lo[i][m] - hi[m + 1][j], hi[i][m] - lo[m + 1][j]
                if best_lo is None or a < best_lo:
                    best_lo = a
                if best_hi is None or b > best_hi:
                    best_hi = b
            lo[i][j], hi[i][j] = best_lo, best_hi
    print(lo[0][k - 1])


main()
