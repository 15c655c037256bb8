"""A sample's explanation, computed from the sample: one longest common subsequence of the three strings."""
import json
import sys
from itertools import combinations


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
    print(f"`{found}`은(는) 세 문자열 모두의 부분 수열이고 길이는 {len(found)}이며, 더 긴 공통 부분 수열은 없습니다." if ko
          else f"`{found}` is a subsequence of all three strings, of length {len(found)}, and no longer one exists.")
