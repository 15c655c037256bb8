"""Reference: ok[i][j] says whether the first i + j letters of C are a merge of the first i letters of A and the
first j letters of B. The last of those letters came from A (ok[i - 1][j] and A[i - 1] == C[i + j - 1]) or from
B (ok[i][j - 1] and B[j - 1] == C[i + j - 1]). O(|A| * |B|) per question."""
import sys


def merge(a, b, c):
    n, m = len(a), len(b)
    if n + m != len(c):
        return False
    prev = [True] * (m + 1)  # row i = 0: C starts with B's first j letters
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] and b[j - 1] == c[j - 1]
    for i in range(1, n + 1):
        cur = [False] * (m + 1)
        cur[0] = prev[0] and a[i - 1] == c[i - 1]
        letter = a[i - 1]
        for j in range(1, m + 1):
            x = c[i + j - 1]
            cur[j] = (prev[j] and letter == x) or (cur[j - 1] and b[j - 1] == x)
        prev = cur
    return prev[m]


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for k in range(t):
        a, b, c = data[1 + 3 * k:4 + 3 * k]
        out.append("YES" if merge(a, b, c) else "NO")
    print("\n".join(out))


main()
