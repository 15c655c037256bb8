"""Wrong: counts only earlier prefix sums strictly below P_j, so stretches whose average is exactly K are lost.

Average of A_l..A_r >= K  <=>  sum of (A_i - K) over the stretch >= 0  <=>  P_{l-1} <= P_r for the prefix sums
P of B_i = A_i - K (P_0 = 0). Count the pairs i < j with P_i <= P_j: compress the prefix sums to ranks and count,
for each P_j, the earlier ranks not above it with a Fenwick tree (O(N log N))."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    prefix = [0] * (n + 1)
    run = 0
    for i in range(n):
        run += int(data[2 + i]) - k
        prefix[i + 1] = run
    rank = {v: r for r, v in enumerate(sorted(set(prefix)), 1)}
    size = len(rank)
    tree = [0] * (size + 1)
    pairs = 0
    for p in prefix:
        r = rank[p]
        # earlier prefix sums with rank <= r (equal sums count: an average of exactly K is enough)
        i = r - 1
        while i:
            pairs += tree[i]
            i &= i - 1
        while r <= size:
            tree[r] += 1
            r += r & -r
    print(pairs)


main()
