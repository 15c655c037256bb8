"""A sample's explanation, computed from the sample: for a YES, the positions of C that spell A (rebuilt from the
table); for a NO, the first reason found: other letters, A or B not a subsequence of C, or no split at all."""
import json
import sys
from collections import Counter


case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
t = int(tokens[0])


def split(a, b, c):
    """Positions (0-based) of C taken by A in one merge, or None."""
    n, m = len(a), len(b)
    ok = [[False] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        for j in range(m + 1):
            if i == j == 0:
                ok[i][j] = True
                continue
            x = c[i + j - 1]
            ok[i][j] = (i > 0 and ok[i - 1][j] and a[i - 1] == x) or (j > 0 and ok[i][j - 1] and b[j - 1] == x)
    if not ok[n][m]:
        return None
    i, j, picks = n, m, []
    while i or j:
        if i > 0 and ok[i - 1][j] and a[i - 1] == c[i + j - 1]:
            i -= 1
            picks.append(i + j)
        else:
            j -= 1
    return sorted(picks)


def subsequence(small, big):
    it = iter(big)
    return all(x in it for x in small)


lines = []
for k in range(t):
    a, b, c = tokens[1 + 3 * k:4 + 3 * k]
    picks = split(a, b, c)
    if picks is not None:
        where = ", ".join(str(p + 1) for p in picks)
        lines.append(f"질문 {k + 1}: C의 {where}번째 글자를 이으면 A가 되고, 나머지 글자를 이으면 B가 되므로 YES입니다." if ko else
                     f"Question {k + 1}: letters {where} of C spell A and the remaining letters spell B, so YES.")
    elif Counter(a) + Counter(b) != Counter(c):
        lines.append(f"질문 {k + 1}: C의 글자 구성이 A와 B를 합친 것과 다르므로 NO입니다." if ko else
                     f"Question {k + 1}: C does not consist of the letters of A and B together, so NO.")
    elif not subsequence(a, c) or not subsequence(b, c):
        which = "A" if not subsequence(a, c) else "B"
        lines.append(f"질문 {k + 1}: {which}의 글자들이 C에 그 순서대로 나타나지 않으므로 NO입니다." if ko else
                     f"Question {k + 1}: the letters of {which} do not appear in C in their order, so NO.")
    else:
        lines.append(f"질문 {k + 1}: A와 B는 각각 C의 부분 수열이지만, 둘이 C의 서로 다른 글자를 쓰도록 나누는 방법은 없으므로"
                     f" NO입니다." if ko else
                     f"Question {k + 1}: A and B each appear in C in order, but never on disjoint letters of C at once,"
                     f" so NO.")
print(" ".join(lines))
