"""Wrong: on equal letters takes only the diagonal count, forgetting the best choices that leave A_i or B_j
unused (they can be just as long)."""
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
                length, count = diag + 1, prev_cnt[j - 1]
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
