"""Wrong: finds the lowest y-rank with bisect_right, so points on the bottom border are lost."""
import sys
from bisect import bisect_right


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    xs = list(map(int, data[2:2 + 2 * n:2]))
    ys = list(map(int, data[3:3 + 2 * n:2]))
    values = sorted(set(ys))
    size = len(values)
    rank = {v: i + 1 for i, v in enumerate(values)}
    points = sorted(zip(xs, (rank[y] for y in ys)))
    tree = [0] * (size + 1)
    questions = []  # (X, rank range low, rank range high, rectangle, sign)
    base = 2 + 2 * n
    for j in range(q):
        x1, y1, x2, y2 = (int(t) for t in data[base + 4 * j:base + 4 * j + 4])
        lo, hi = bisect_right(values, y1) + 1, bisect_right(values, y2)
        if lo > hi:
            continue
        questions.append((x2, lo, hi, j, 1))
        if x1 > 0:
            questions.append((x1 - 1, lo, hi, j, -1))
    questions.sort()
    answer = [0] * q
    p = 0
    for x_limit, lo, hi, j, sign in questions:
        while p < n and points[p][0] <= x_limit:
            i = points[p][1]
            while i <= size:
                tree[i] += 1
                i += i & -i
            p += 1
        total = 0
        i = hi
        while i > 0:
            total += tree[i]
            i -= i & -i
        i = lo - 1
        while i > 0:
            total -= tree[i]
            i -= i & -i
        answer[j] += sign * total
    sys.stdout.write("\n".join(map(str, answer)) + "\n")


main()
