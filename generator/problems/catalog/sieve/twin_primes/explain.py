"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

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


n = int(case["input"].split()[0])
primes = [k for k in range(2, n + 1) if all(k % d for d in range(2, int(k ** 0.5) + 1))]
pairs = [f"({p}, {p + 2})" for p in primes if p + 2 in primes]
shown = ", ".join(pairs) if len(pairs) <= 12 else ", ".join(pairs[:5]) + ", …, " + pairs[-1]
if ko:
    print(f"{n} 이하의 쌍둥이 소수는 {shown}{josa(shown, '으로/로')} {len(pairs)}쌍입니다." if pairs else f"{n} 이하에는 쌍둥이 소수가 없습니다.")
else:
    print(f"The twin pairs up to {n} are {shown}: {len(pairs)} in all." if pairs else f"There is no twin pair up to {n}.")
