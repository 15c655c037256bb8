"""A sample's explanation: one best split, with both teams' abilities (samples are small)."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
ko = case["language"] == "ko"


def josa(word, pair):
    """The Korean particle of `pair` ("을/를", "이/가", "과/와", "으로/로") that fits the last syllable of `word`, read
    aloud: 0 영, 3 삼, 6 육 end in a consonant; 1 일, 7 칠, 8 팔 in ㄹ, which takes 로; closing brackets are skipped."""
    with_final, without = pair.split("/")
    last = str(word).rstrip(")}] ")[-1:]
    if last.isdigit():
        final, rieul = last not in "2459", last in "178"
    elif "가" <= last <= "힣":
        code = (ord(last) - 0xAC00) % 28
        final, rieul = code != 0, code == 8
    else:
        final, rieul = False, False
    return without if not final or (pair == "으로/로" and rieul) else with_final


data = list(map(int, case["input"].split()))
n = data[0]
s = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]
best = None
for rest in combinations(range(1, n), n // 2 - 1):
    a = (0,) + rest
    b = [i for i in range(n) if i not in a]
    sa = sum(s[i][j] for i in a for j in a)
    sb = sum(s[i][j] for i in b for j in b)
    if best is None or abs(sa - sb) < best[0]:
        best = (abs(sa - sb), a, b, sa, sb)
diff, a, b, sa, sb = best
ta, tb = ", ".join(str(i + 1) for i in a), ", ".join(str(i + 1) for i in b)
print(f"예를 들어 {{{ta}}}(합 {sa}){josa(ta, '과/와')} {{{tb}}}(합 {sb}){josa(tb, '으로/로')} 나누면 "
      f"차이가 {diff}{josa(diff, '으로/로')} 가장 작습니다." if ko else
      f"For example, teams {{{ta}}} (total {sa}) and {{{tb}}} (total {sb}) differ by {diff}, the least possible.")
