"""Reference: what is kept is a common subsequence, and every other letter is paid once. So maximise the cost of
the kept letters: keep[i][j] = max(keep[i-1][j], keep[i][j-1], keep[i-1][j-1] + 2 * c[A_i] when A_i = B_j), and
the answer is the total cost of both strings minus keep[|A|][|B|]. O(|A| * |B|) with one row kept."""
import sys


def main():
    data = sys.stdin.read().split()
    cost = [int(x) for x in data[:26]]
    a, b = data[26], data[27]
    wa = [cost[ord(ch) - 65] for ch in a]
    bcodes = [ord(ch) - 65 for ch in b]
    prev = [0] * (len(b) + 1)
    for ch, w in zip(a, wa):
        code, double = ord(ch) - 65, 2 * w
        cur = [0] * (len(b) + 1)
        left = 0
        for j, other in enumerate(bcodes, start=1):
            best = prev[j] if prev[j] > left else left
            if other == code and prev[j - 1] + double > best:
                best = prev[j - 1] + double
            cur[j] = left = best
        prev = cur
    total = sum(wa) + sum(cost[c] for c in bcodes)
    print(total - prev[len(b)])


main()
