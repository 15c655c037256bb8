"""Reference: best[i][j] = fewest removals that clear c_i..c_j. Look at what happens to c_i:
- it goes alone: 1 + best[i+1][j];
- it goes with c_{i+1} = c_i as a pair: 1 + best[i+2][j];
- it is the outer end of the palindrome that also takes c_k = c_i (k >= i+2): clear c_{i+1..k-1} first, and the
  last removal there can carry c_i and c_k along (a palindrome wrapped in two equal ends is one), so
  best[i+1][k-1] + best[k+1][j].
Segments by increasing length, O(N^3) at worst, only k with c_k = c_i tried."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    c = [int(x) for x in data[1:1 + n]]
    # best[i][j] for j >= i - 1 (best[i][i-1] = 0: the empty segment), stored with an offset: row[i][j + 1].
    best = [[0] * (n + 2) for _ in range(n + 2)]
    same = [[k for k in range(i + 2, n) if c[k] == c[i]] for i in range(n)]
    for i in range(n - 1, -1, -1):
        row, inner, ci = best[i], best[i + 1], c[i]
        for j in range(i, n):
            value = 1 + inner[j + 1]
            if i + 1 <= j and c[i + 1] == ci:
                value = min(value, 1 + best[i + 2][j + 1])
            for k in same[i]:
                if k > j:
                    break
                candidate = inner[k] + best[k + 1][j + 1]
                if candidate < value:
                    value = candidate
            row[j + 1] = value
    print(best[0][n])


main()
