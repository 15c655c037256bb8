"""Wrong: each agent in turn takes the cheapest job that is still free."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    cost = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    taken = [False] * n
    total = 0
    for i in range(n):
        job = min((j for j in range(n) if not taken[j]), key=lambda j: cost[i][j])
        taken[job] = True
        total += cost[i][job]
    print(total)


main()
