"""Wrong: takes the rank r - 1 as the number of smaller elements in the whole sequence, which only holds when all
values are different."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1:n + 1]))
    distinct = sorted(set(values))
    rank_of = {v: i + 1 for i, v in enumerate(distinct)}
    ranks = [rank_of[v] for v in values]
    m = len(distinct)
    count = [0] * (m + 2)
    for r in ranks:
        count[r] += 1
    at_most = [0] * (m + 2)  # at_most[r]: elements with rank <= r in the whole sequence
    for r in range(1, m + 1):
        at_most[r] = at_most[r - 1] + count[r]
    tree = [0] * (m + 1)
    seen = [0] * (m + 2)
    total = 0
    for j, r in enumerate(ranks):
        smaller_left, i = 0, r - 1
        while i > 0:
            smaller_left += tree[i]
            i &= i - 1
        larger_right = (n - 1 - j) - (r - 1 - smaller_left)
        total += smaller_left * larger_right
        seen[r] += 1
        i = r
        while i <= m:
            tree[i] += 1
            i += i & -i
    print(total)


main()
