"""A sample's explanation: the different totals themselves (samples are tiny, every choice is listed)."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
ko = case["language"] == "ko"

def josa(word, pair):
    """The Korean particle of `pair` ("을/를", "이/가", "으로/로") that fits the last syllable of `word`, read aloud:
    0 영, 3 삼, 6 육 end in a consonant; 1 일, 7 칠, 8 팔 in ㄹ, which takes 로; closing brackets are skipped."""
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
n, ws = data[0], data[1:1 + data[0]]
answer = int(case["output"].split()[0])
totals = sorted({sum(c) for k in range(1, n + 1) for c in combinations(ws, k)})
shown = ", ".join(map(str, totals)) if len(totals) <= 30 else ", ".join(map(str, totals[:30])) + ", ..."
choices = (1 << n) - 1
if ko:
    print(f"고르는 방법은 {choices}가지이고, 합은 {shown}{josa(shown, '으로/로')} 서로 다른 값이 {answer}개입니다.")
else:
    print(f"There are {choices} non-empty choices; their totals are {shown}: {answer} different values.")
