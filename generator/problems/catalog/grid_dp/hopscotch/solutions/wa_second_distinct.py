"""Wrong: takes the runner-up as the second largest distinct value, so when two columns share the maximum the
column holding the first of them gets a smaller value than the other maximum it may use."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + n * m]))
    best = values[:m]
    for i in range(1, n):
        distinct = sorted(set(best))
        top = distinct[-1]
        col = best.index(top)
        other = distinct[-2] if len(distinct) > 1 else top
        row = values[i * m:(i + 1) * m]
        best = [a + (other if j == col else top) for j, a in enumerate(row)]
    print(max(best))


main()
