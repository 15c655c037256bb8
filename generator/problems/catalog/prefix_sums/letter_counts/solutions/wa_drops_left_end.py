"""Wrong: subtracts cnt[c][l] instead of cnt[c][l-1], so the letter at position l is never counted.

One prefix-count array per letter: cnt[c][i] = occurrences of c among the first i letters, so a query is
cnt[c][r] - cnt[c][l-1] in O(1) (O(26 N + Q) in all)."""
import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    s = data[2]
    cnt = {}
    for letter in set(s):
        cnt[letter] = list(accumulate((ch == letter for ch in s), initial=0))
    zeros = [0] * (n + 1)
    out = []
    pos = 3
    for _ in range(q):
        l, r, c = int(data[pos]), int(data[pos + 1]), data[pos + 2][0]
        pos += 3
        row = cnt.get(c, zeros)
        out.append(row[r] - row[l])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
