"""Reference, offline: sort the positions by value and the questions by x; before answering a question with
threshold x, insert (Fenwick +1) every position whose value is <= x; the answer is count(r) - count(l - 1).
O((N + Q) log N); answers stored by question index and printed in input order."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    ls = [int(x) for x in data[2 + n::3]]
    rs = [int(x) for x in data[3 + n::3]]
    xs = [int(x) for x in data[4 + n::3]]
    by_value = sorted(range(n), key=a.__getitem__)
    tree = [0] * (n + 1)
    answers = [0] * q
    k = 0
    for j in sorted(range(q), key=xs.__getitem__):
        x = xs[j]
        while k < n and a[by_value[k]] <= x:
            i = by_value[k] + 1
            while i <= n:
                tree[i] += 1
                i += i & -i
            k += 1
        total = 0
        i = rs[j]
        while i > 0:
            total += tree[i]
            i &= i - 1
        i = ls[j] - 1
        while i > 0:
            total -= tree[i]
            i &= i - 1
        answers[j] = total
    sys.stdout.write("\n".join(map(str, answers)) + "\n")


main()
