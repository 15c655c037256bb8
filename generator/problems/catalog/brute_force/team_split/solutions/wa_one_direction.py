"""Wrong: a team's ability adds only S[i][j] for i < j and forgets S[j][i]."""
import sys
from itertools import combinations


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    s = [[int(data[1 + i * n + j]) for j in range(n)] for i in range(n)]
    pair = [[s[i][j] for j in range(n)] for i in range(n)]
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
