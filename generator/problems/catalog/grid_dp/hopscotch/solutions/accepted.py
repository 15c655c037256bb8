"""Reference: best[j] is the most collected on a walk down to the current row that ends in column j; the next
row's column j comes from the best previous column other than j. Only the two largest previous values matter:
the largest one, unless it sits in column j itself, then the largest of the others. O(N * M)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + n * m]))
    best = values[:m]
    for i in range(1, n):
        top = max(best)
        col = best.index(top)
        other = max(best[:col] + best[col + 1:])
        row = values[i * m:(i + 1) * m]
        best = [a + (other if j == col else top) for j, a in enumerate(row)]
    print(max(best))


main()
