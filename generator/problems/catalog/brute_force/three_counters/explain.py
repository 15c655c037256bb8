"""A sample's explanation: the first few years' names, then the answer."""
import json
import sys

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


p, q, r, e, s, m = map(int, case["input"].split())
answer = int(case["output"].split()[0])
if answer == -1:
    print(f"어느 해도 ({e}, {s}, {m}){josa(m, '이/가')} 되지 않으므로 -1입니다." if ko else f"No year is named ({e}, {s}, {m}), so the answer is -1.")
else:
    print(f"{answer}년이 처음으로 ({e}, {s}, {m}){josa(m, '이/가')} 되는 해입니다." if ko else f"Year {answer} is the first year named ({e}, {s}, {m}).")
