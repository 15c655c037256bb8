"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.

It shows what a decoding is on the sample (all of them when there are few, else one of them) and how many there are,
not how to count them: the table of ways[i] and the pair rules it printed before gave the whole solution away."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
s = case["input"].strip()
answer = case["output"].strip()
DIGITS = "123456789"


def codes_at(text, start):
    """The codes (as digit strings, stars filled) that can start at `start`: one or two characters, 1..26."""
    found = []
    for size in (1, 2):
        piece = text[start:start + size]
        if len(piece) < size:
            continue
        for first in (DIGITS if piece[0] == "*" else piece[0]):
            for rest in ([""] if size == 1 else (DIGITS if piece[1] == "*" else piece[1])):
                code = first + rest
                if code[0] != "0" and 1 <= int(code) <= 26:
                    found.append(code)
    return found


# How many decodings the suffix from each position has (exact: the samples are short), then one decoding.
count = [0] * (len(s) + 1)
count[len(s)] = 1
for i in range(len(s) - 1, -1, -1):
    count[i] = sum(count[i + len(code)] for code in codes_at(s, i))
total = count[0]


def all_readings(start=0):
    if start == len(s):
        return [[]]
    return [[code] + rest for code in codes_at(s, start) for rest in all_readings(start + len(code))
            if count[start + len(code)]]


def one_reading():
    codes, i = [], 0
    while i < len(s):
        code = next(c for c in codes_at(s, i) if count[i + len(c)])
        codes.append(code)
        i += len(code)
    return codes


def spelled(codes):
    return " ".join(codes) + " (" + "".join(chr(64 + int(c)) for c in codes) + ")"


few = all_readings() if 0 < total <= 4 else None
example = spelled(one_reading()) if total else ""
modulo = f", which is {answer} modulo 1 000 000 007" if str(total) != answer else ""
zero = "0" in s
if ko:
    zero_note = " `0`은 혼자서는 글자가 아니어서 바로 앞 문자와 함께 10이나 20으로만 읽힙니다." if zero else ""
    if total == 0:
        print(f"어떻게 자르고 `*`에 어떤 숫자를 넣어도 모든 조각을 1부터 26까지의 코드로 만들 수 없으므로 답은 0입니다."
              f"{zero_note}")
    elif few is not None:
        print(f"해독 방법은 {total}가지입니다: {'; '.join(spelled(r) for r in few)}.{zero_note}")
    else:
        mod_ko = f"이고, 1 000 000 007로 나눈 나머지는 {answer}" if str(total) != answer else ""
        print(f"예를 들어 한 가지 해독은 {example}입니다.{zero_note} 해독 방법은 모두 {total}가지{mod_ko}입니다.")
else:
    zero_note = " A `0` is no letter alone: it is read only with the character before it, as 10 or 20." if zero else ""
    if total == 0:
        print(f"No way of cutting the string and filling its stars makes every piece a code from 1 to 26, so the answer "
              f"is 0.{zero_note}")
    elif few is not None:
        print(f"There {'is' if total == 1 else 'are'} {total} decoding{'s' if total > 1 else ''}: "
              f"{'; '.join(spelled(r) for r in few)}.{zero_note}")
    else:
        print(f"For example, {example} is one decoding.{zero_note} There are {total} in all{modulo}.")
