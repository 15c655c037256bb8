"""Reference (brute force): person 1 is always in team A (swapping the teams does not change the difference), so
try every choice of the other N/2 - 1 members of team A; a team's ability is the sum of P[i][j] = S[i][j] + S[j][i]
over its unordered pairs. O(C(N-1, N/2-1) * N^2)."""
import sys
from itertools import combinations


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    s = [[int(data[1 + i * n + j]) for j in range(n)] for i in range(n)]
    pair = [[s[i][j] + s[j][i] for j in range(n)] for i in range(n)]
    best = None
    everyone = set(range(n))
    for rest in combinations(range(1, n), n // 2 - 1):
        team_a = (0,) + rest
        team_b = sorted(everyone.difference(team_a))
        ability_a = sum(pair[i][j] for i, j in combinations(team_a, 2))
        ability_b = sum(pair[i][j] for i, j in combinations(team_b, 2))
        diff = abs(ability_a - ability_b)
        if best is None or diff < best:
            best = diff
    print(best)


main()
