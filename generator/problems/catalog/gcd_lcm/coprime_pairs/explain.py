"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import gcd

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


values = list(map(int, case["input"].split()[1:]))
answer = case["output"].strip()
pairs = [f"({a_i}, {a_j})" for i, a_i in enumerate(values) for a_j in values[i + 1:] if gcd(a_i, a_j) == 1]
listing = ", ".join(pairs) if pairs else "-"
if ko:
    print(f"서로소인 값의 쌍은 {listing}{josa(listing, '으로/로')}, 모두 {answer}개입니다.")
else:
    print(f"The coprime pairs of values are {listing}: {answer} in all.")
