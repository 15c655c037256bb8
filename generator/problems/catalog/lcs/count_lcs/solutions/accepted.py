"""Reference: the LCS length table L and a count table C of the best choices inside prefixes A[..i], B[..j].
A best choice either pairs A_i with B_j (only if they are equal: C[i-1][j-1] of them), or leaves A_i unused
(C[i-1][j], if that prefix pair reaches the same length), or leaves B_j unused (C[i][j-1], likewise); those
leaving both unused were counted twice and are subtracted once (C[i-1][j-1], if it reaches the same length).
Empty prefixes have one choice, the empty one. O(|A| * |B|), one row of each table kept."""
import sys

MOD = 1_000_000_007


def main():
    a, b = sys.stdin.read().split()
    m = len(b)
    prev_len, prev_cnt = [0] * (m + 1), [1] * (m + 1)
    for ch in a:
        cur_len, cur_cnt = [0] * (m + 1), [1] * (m + 1)
        for j in range(1, m + 1):
            up, left, diag = prev_len[j], cur_len[j - 1], prev_len[j - 1]
            if b[j - 1] == ch:
                length = diag + 1
                count = prev_cnt[j - 1]
            else:
                length = up if up > left else left
                count = 0
            if up == length:
                count += prev_cnt[j]
            if left == length:
                count += cur_cnt[j - 1]
            if diag == length:
                count -= prev_cnt[j - 1]
            cur_len[j], cur_cnt[j] = length, count % MOD
        prev_len, prev_cnt = cur_len, cur_cnt
    print(prev_cnt[m])


main()
