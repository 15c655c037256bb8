"""A sample's explanation, computed from the sample: one longest common subsequence of the three strings."""
import json
import sys
from itertools import combinations


def josa(word, pair):
    """The particle of `pair` ("을/를", "이/가", "은/는", "과/와", "으로/로") that fits how `word` ends when read
    aloud, as generator/problems/textkit.josa decides: a Latin letter is read by its Korean name, and l, m, n, r
    (엘, 엠, 엔, 알) end in a consonant (l and r in ㄹ, which takes 로)."""
    with_batchim, without = pair.split("/")
    last = str(word).rstrip()[-1:]
    if last.isdigit():
        final, rieul = last not in "2459", last in "178"
    elif "가" <= last <= "힣":
        code = (ord(last) - 0xAC00) % 28
        final, rieul = code != 0, code == 8
    else:
        final, rieul = last in "lLmMnNrR", last in "lLrR"
    return without if not final or (pair == "으로/로" and rieul) else with_batchim


case = json.load(sys.stdin)
ko = case["language"] == "ko"
strings = case["input"].split()
short = min(strings, key=len)


def is_subsequence(s, t):
    it = iter(t)
    return all(ch in it for ch in s)


found = ""
for size in range(len(short), 0, -1):
    hits = sorted({"".join(p) for p in combinations(short, size)
                   if all(is_subsequence("".join(p), t) for t in strings)})
    if hits:
        found = hits[0]
        break
if not found:
    print("세 문자열 모두에 나오는 글자가 없으므로 답은 0입니다." if ko else "No letter occurs in all three strings, so the answer is 0.")
else:
    print(f"`{found}`{josa(found, '은/는')} 세 문자열 모두의 부분 수열이고 길이는 {len(found)}이며, 더 긴 공통 부분 수열은 없습니다." if ko
          else f"`{found}` is a subsequence of all three strings, of length {len(found)}, and no longer one exists.")
