"""Wrong: allows the two teams to have different sizes (each team non-empty). Uses that the difference of two
teams' abilities equals (R_A - R_B) / 2, where R_X sums r_i = sum_j (S[i][j] + S[j][i]) over the team, so every
split is one subset sum (fast enough, only the team-size rule is wrong)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    s = [[int(data[1 + i * n + j]) for j in range(n)] for i in range(n)]
    r = [sum(s[i]) + sum(s[j][i] for j in range(n)) for i in range(n)]
    total = sum(r)
    sums = [r[0]]
    for v in r[1:]:
        sums += [x + v for x in sums]
    sums.pop()  # everyone in team A leaves team B empty
    print(min(abs(2 * x - total) for x in sums) // 2)


main()
