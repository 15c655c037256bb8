"""Wrong: repeatedly takes the globally cheapest (agent, job) pair whose agent and job are both free."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    cost = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    pairs = sorted((cost[i][j], i, j) for i in range(n) for j in range(n))
    agent_used, job_used = [False] * n, [False] * n
    total = 0
    for c, i, j in pairs:
        if not agent_used[i] and not job_used[j]:
            agent_used[i] = job_used[j] = True
            total += c
    print(total)


main()
